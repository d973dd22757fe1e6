package dev.testleak.testcases.oncehook.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.testleak.testcases.oncehook.PaymentGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An abstract contract test: its @BeforeAll mock is inherited by every concrete subclass, and its
 * tests stub and verify the one mock, so verification also counts the other tests' charges.
 */
abstract class GatewayContractTest {
  static PaymentGateway gateway;

  @BeforeAll
  static void createGateway() {
    gateway = mock(PaymentGateway.class); // expect: OnceHookStateMutatedByTests
  }

  abstract String currency();

  @Test
  void chargesOnce() {
    when(gateway.charge(currency(), 500)).thenReturn(true);
    assertTrue(gateway.charge(currency(), 500));
    verify(gateway).charge(currency(), 500);
  }
}
