package dev.testleak.spotbugs.samples;

import org.junit.jupiter.api.Test;

public class SubclassGrowsInheritedLeak extends AbstractRegistryBase {
  @Test
  void registers() {
    REGISTRY.put("a", new Object()); // BUG
  }
}
