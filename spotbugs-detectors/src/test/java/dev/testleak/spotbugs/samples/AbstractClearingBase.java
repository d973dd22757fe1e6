package dev.testleak.spotbugs.samples;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

public abstract class AbstractClearingBase {
  protected static final Map<String, Object> REGISTRY = new HashMap<>();

  @AfterEach
  void clearRegistry() {
    REGISTRY.clear();
  }
}
