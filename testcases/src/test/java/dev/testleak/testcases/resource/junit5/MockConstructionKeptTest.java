package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mockConstruction;

import dev.testleak.testcases.resource.ReportMailer;
import org.junit.jupiter.api.RepeatedTest;
import org.mockito.MockedConstruction;

/**
 * Every repetition mocks the construction of ReportMailer and keeps the handle in a local it never
 * closes: the construction mock stays active on the thread.
 */
class MockConstructionKeptTest {
  @RepeatedTest(3)
  void constructsMockMailer() {
    MockedConstruction<ReportMailer> mailers = mockConstruction(ReportMailer.class); // expect: ResourceLeakedPerInvocation
    ReportMailer mailer = new ReportMailer();
    assertEquals(false, mailer.send("ops@example.com"));
    assertEquals(1, mailers.constructed().size());
  }
}
