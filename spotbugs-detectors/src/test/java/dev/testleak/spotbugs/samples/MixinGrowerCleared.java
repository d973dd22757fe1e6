package dev.testleak.spotbugs.samples;

import org.junit.jupiter.api.Test;

public class MixinGrowerCleared implements ClearingMixin {
  @Test
  void sees() {
    SEEN.add("a");
  }
}
