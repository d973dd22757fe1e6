package dev.testleak.testcases.oncehook.junit4;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.testleak.testcases.oncehook.PaymentGateway;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * JUnit 4: the static mock from @BeforeClass keeps one test's stubbing and invocations for the
 * next; the declined-card test passes only when it runs first.
 */
public class BeforeClassMockTest {
  private static PaymentGateway gateway;

  @BeforeClass
  public static void createGateway() {
    gateway = mock(PaymentGateway.class); // expect: OnceHookStateMutatedByTests
  }

  @Test
  public void acceptsCard() {
    when(gateway.charge("EUR", 100)).thenReturn(true);
    assertTrue(gateway.charge("EUR", 100));
  }

  @Test
  public void declinesCard() {
    assertFalse(gateway.charge("EUR", 100));
    verify(gateway).charge("EUR", 100);
  }
}
