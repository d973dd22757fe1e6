package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import dev.testleak.testcases.resource.ReportMailer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

/**
 * The per-invocation set-up of a parameterized class opens a Mockito session and throws its handle
 * away: one unclosed session per case.
 */
class OpenMocksDiscardedTest {
  @Mock ReportMailer mailer;

  @BeforeEach
  void initMocks() {
    MockitoAnnotations.openMocks(this); // expect: ResourceLeakedPerInvocation
  }

  @ParameterizedTest
  @ValueSource(strings = {"ops@example.com", "dev@example.com"})
  void mails(String recipient) {
    when(mailer.send(recipient)).thenReturn(true);
    assertTrue(mailer.send(recipient));
  }
}
