package dev.testleak.spotbugs.samples;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

public class MapExtensionCleared implements BeforeEachCallback, AfterEachCallback {
  private static final Map<String, Long> STARTED = new HashMap<>();

  @Override
  public void beforeEach(ExtensionContext context) {
    STARTED.put(context.getUniqueId(), System.nanoTime());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    STARTED.remove(context.getUniqueId());
  }
}
