package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testleak.testcases.singleton.Settings;
import org.junit.jupiter.api.Test;

/** Clean: the extension behind @UseCurrency switches the currency and restores it. */
class CurrencyExtensionUserTest {
  @Test
  @UseCurrency("JPY")
  void pricesInYen() {
    assertEquals("JPY", Settings.get().getCurrency());
  }
}
