package dev.testleak.spotbugs.samples;

import org.junit.jupiter.api.Test;

public class SubclassInheritedTeardownForgetsLeak extends AbstractTeardownThatForgets {
  @Test
  void caches() {
    OTHER.put("b", new Object());
    CACHE.put("a", new Object()); // BUG
  }
}
