package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testleak.testcases.singleton.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** @BeforeEach switches the holder-idiom singleton to dollars and no teardown switches it back. */
class SettingsBeforeEachTest {
  @BeforeEach
  void useDollars() {
    Settings.get().setCurrency("USD"); // expect: SingletonStateNotRestored
  }

  @Test
  void pricesInDollars() {
    assertEquals("USD", Settings.get().getCurrency());
  }
}
