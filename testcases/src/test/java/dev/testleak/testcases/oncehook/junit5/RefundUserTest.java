package dev.testleak.testcases.oncehook.junit5;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import org.junit.jupiter.api.Test;

/**
 * Verifies the mock its superclass created once: the second test's verifyNoMoreInteractions fails
 * because of the first test's refund. The finding is on the base class's assignment.
 */
class RefundUserTest extends AbstractRefundBase {
  @Test
  void refundsOnce() {
    refunds.refund("p-1");
    verify(refunds).refund("p-1");
  }

  @Test
  void refundsNothingElse() {
    refunds.refund("p-2");
    verify(refunds).refund("p-2");
    verifyNoMoreInteractions(refunds);
  }
}
