package dev.testleak.testcases.oncehook.testng;

import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;
import static org.testng.Assert.assertEquals;

import dev.testleak.testcases.oncehook.PriceCalculator;
import org.testng.annotations.BeforeSuite;
import org.testng.annotations.Test;

/**
 * A spy created once per suite and stubbed with doReturn(..).when(spy) by a test: the stubbed
 * discount leaks into every later test of the suite.
 */
public class TestNGSuiteSpyTest {
  private PriceCalculator calculator;

  @BeforeSuite
  public void createSpy() {
    calculator = spy(new PriceCalculator()); // expect: OnceHookStateMutatedByTests
  }

  @Test
  public void stubsDiscount() {
    doReturn(0L).when(calculator).discount(100, 10);
    assertEquals(calculator.discount(100, 10), 0L);
  }

  @Test
  public void computesDiscount() {
    assertEquals(calculator.discount(100, 10), 90L);
  }
}
