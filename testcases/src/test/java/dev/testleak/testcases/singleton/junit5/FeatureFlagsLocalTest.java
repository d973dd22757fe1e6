package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.testleak.testcases.singleton.FeatureFlags;
import org.junit.jupiter.api.Test;

/**
 * A local variable assigned once from the enum singleton stands for it: enabling the flag through it
 * enables it for every later test.
 */
class FeatureFlagsLocalTest {
  @Test
  void showsDarkMode() {
    FeatureFlags flags = FeatureFlags.INSTANCE;
    flags.enable("dark-mode"); // expect: SingletonStateNotRestored
    assertTrue(flags.isEnabled("dark-mode"));
  }
}
