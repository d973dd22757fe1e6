package dev.testleak.testcases.oncehook.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import dev.testleak.testcases.oncehook.PriceCalculator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * BDD-style stubbing of a mock created once: the stubbing of one test is still in place when the
 * next one runs.
 */
class BddStubbedOnceTest {
  static PriceCalculator calculator;

  @BeforeAll
  static void createCalculator() {
    calculator = mock(PriceCalculator.class); // expect: OnceHookStateMutatedByTests
  }

  @Test
  void appliesTax() {
    given(calculator.withTax(100)).willReturn(120L);
    assertEquals(120L, calculator.withTax(100));
  }

  @Test
  void appliesNoTaxByDefault() {
    assertEquals(0L, calculator.withTax(200));
  }
}
