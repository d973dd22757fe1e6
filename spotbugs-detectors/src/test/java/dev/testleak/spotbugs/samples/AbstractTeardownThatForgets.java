package dev.testleak.spotbugs.samples;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

public abstract class AbstractTeardownThatForgets {
  protected static final Map<String, Object> CACHE = new HashMap<>();
  protected static final Map<String, Object> OTHER = new HashMap<>();

  @AfterEach
  void clearOther() {
    OTHER.clear();
  }
}
