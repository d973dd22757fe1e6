package dev.testleak.testcases.oncehook.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.testleak.testcases.oncehook.PaymentGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clean: the mock is created once but Mockito.reset in @AfterEach forgets each test's stubbing. */
class MockResetAfterEachTest {
  static PaymentGateway gateway;

  @BeforeAll
  static void createGateway() {
    gateway = mock(PaymentGateway.class);
  }

  @AfterEach
  void forgetInteractions() {
    reset(gateway);
  }

  @Test
  void chargesInEuro() {
    when(gateway.charge("EUR", 100)).thenReturn(true);
    assertTrue(gateway.charge("EUR", 100));
    verify(gateway).charge("EUR", 100);
  }
}
