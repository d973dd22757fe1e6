package dev.testleak.testcases.oncehook.junit5;

import static org.mockito.Mockito.mock;

import dev.testleak.testcases.oncehook.PaymentGateway;
import org.junit.jupiter.api.BeforeAll;

/**
 * A base class whose @BeforeAll creates one mock for all subclass tests; RefundUserTest verifies it
 * in every test and nothing resets it.
 */
abstract class AbstractRefundBase {
  protected static PaymentGateway refunds;

  @BeforeAll
  static void createRefunds() {
    refunds = mock(PaymentGateway.class); // expect: OnceHookStateMutatedByTests !pmd:mutated-in-other-file
  }
}
