package dev.testleak.spotbugs.samples;

import org.junit.jupiter.api.Test;

public class MixinGrowerLeak implements SeenMixin {
  @Test
  void sees() {
    SEEN.add("a"); // BUG
  }
}
