package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testleak.testcases.singleton.Settings;
import org.junit.jupiter.api.Test;

/** Clean: the previous currency is set back on the singleton in finally. */
class SettingsRestoredInFinallyTest {
  @Test
  void pricesInPounds() {
    String previous = Settings.get().getCurrency();
    Settings.get().setCurrency("GBP");
    try {
      assertEquals("GBP", Settings.get().getCurrency());
    } finally {
      Settings.get().setCurrency(previous);
    }
  }
}
