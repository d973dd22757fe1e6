package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import dev.testleak.testcases.resource.ReportMailer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mock;
import org.mockito.MockitoAnnotations;

/** Clean: the Mockito session opened before each case is closed after it. */
class OpenMocksClosedTest {
  @Mock ReportMailer mailer;
  private AutoCloseable mocks;

  @BeforeEach
  void initMocks() {
    mocks = MockitoAnnotations.openMocks(this);
  }

  @AfterEach
  void closeMocks() throws Exception {
    mocks.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ops@example.com", "dev@example.com"})
  void mails(String recipient) {
    when(mailer.send(recipient)).thenReturn(true);
    assertTrue(mailer.send(recipient));
  }
}
