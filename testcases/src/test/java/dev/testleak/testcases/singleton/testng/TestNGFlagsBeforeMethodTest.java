package dev.testleak.testcases.singleton.testng;

import static org.testng.Assert.assertFalse;

import dev.testleak.testcases.singleton.FeatureFlags;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** TestNG: @BeforeMethod disables the cache flag on the enum singleton; no @AfterMethod restores it. */
public class TestNGFlagsBeforeMethodTest {
  @BeforeMethod
  public void withoutCache() {
    FeatureFlags.INSTANCE.disable("cache"); // expect: SingletonStateNotRestored
  }

  @Test
  public void readsThrough() {
    assertFalse(FeatureFlags.INSTANCE.isEnabled("cache"));
  }
}
