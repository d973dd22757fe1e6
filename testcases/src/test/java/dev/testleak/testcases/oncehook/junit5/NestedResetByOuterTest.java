package dev.testleak.testcases.oncehook.junit5;

import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.testleak.testcases.oncehook.PaymentGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Clean: the enclosing class's @BeforeEach, which JUnit also runs before the @Nested tests, clears
 * the invocations of the mock created once.
 */
class NestedResetByOuterTest {
  static PaymentGateway gateway;

  @BeforeAll
  static void createGateway() {
    gateway = mock(PaymentGateway.class);
  }

  @BeforeEach
  void forgetInvocations() {
    clearInvocations(gateway);
  }

  @Nested
  class WhenRefunding {
    @Test
    void refundsOnce() {
      gateway.refund("p-1");
      verify(gateway).refund("p-1");
    }

    @Test
    void refundsNothing() {
      verifyNoInteractions(gateway);
    }
  }
}
