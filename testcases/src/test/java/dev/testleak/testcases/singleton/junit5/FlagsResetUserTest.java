package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.testleak.testcases.singleton.FeatureFlags;
import org.junit.jupiter.api.Test;

/** Clean: the @AfterEach inherited from FlagsResetBase resets the flag this test enables. */
class FlagsResetUserTest extends FlagsResetBase {
  @Test
  void showsBetaBanner() {
    FeatureFlags.INSTANCE.enable("beta-banner");
    assertTrue(FeatureFlags.INSTANCE.isEnabled("beta-banner"));
  }
}
