package dev.testleak.testcases.oncehook.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.testleak.testcases.oncehook.PriceCalculator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clean: @BeforeAll creates an immutable list and a stateless service; the tests read the one and
 * call the other, and neither is state by type.
 */
class ImmutableAndServiceStateTest {
  static List<String> currencies;
  static PriceCalculator calculator;

  @BeforeAll
  static void createShared() {
    currencies = List.of("EUR", "USD");
    calculator = new PriceCalculator();
  }

  @Test
  void knowsEuro() {
    assertTrue(currencies.contains("EUR"));
  }

  @Test
  void discounts() {
    assertEquals(90, calculator.discount(100, 10));
  }
}
