package dev.testleak.testcases.singleton.junit4;

import static org.junit.Assert.assertEquals;

import dev.testleak.testcases.singleton.Settings;
import org.junit.Test;

/** JUnit 4: a helper of the test class configures the singleton's rounding and nothing undoes it. */
public class HelperConfiguresTest {
  @Test
  public void roundsToCents() {
    useCents();
    assertEquals(2, Settings.get().getRoundingScale());
  }

  private static void useCents() {
    Settings.get().configureRounding(2); // expect: SingletonStateNotRestored
  }
}
