package dev.testleak.testcases.singleton.junit5;

import dev.testleak.testcases.singleton.FeatureFlags;
import org.junit.jupiter.api.AfterEach;

/** A base class whose inherited @AfterEach resets the feature flags through a helper. */
abstract class FlagsResetBase {
  @AfterEach
  void cleanUp() {
    resetFlags();
  }

  private static void resetFlags() {
    FeatureFlags.INSTANCE.reset();
  }
}
