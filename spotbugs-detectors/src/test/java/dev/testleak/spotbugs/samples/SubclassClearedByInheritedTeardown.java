package dev.testleak.spotbugs.samples;

import org.junit.jupiter.api.Test;

public class SubclassClearedByInheritedTeardown extends AbstractClearingBase {
  @Test
  void registers() {
    REGISTRY.put("a", new Object());
  }
}
