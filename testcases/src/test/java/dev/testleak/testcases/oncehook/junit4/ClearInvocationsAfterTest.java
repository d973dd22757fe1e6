package dev.testleak.testcases.oncehook.junit4;

import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import dev.testleak.testcases.oncehook.PaymentGateway;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Test;

/** Clean: JUnit 4 @After clears the recorded invocations of the mock created in @BeforeClass. */
public class ClearInvocationsAfterTest {
  private static PaymentGateway gateway;

  @BeforeClass
  public static void createGateway() {
    gateway = mock(PaymentGateway.class);
  }

  @After
  public void forgetInvocations() {
    clearInvocations(gateway);
  }

  @Test
  public void refundsOnce() {
    gateway.refund("p-1");
    verify(gateway).refund("p-1");
    verifyNoMoreInteractions(gateway);
  }
}
