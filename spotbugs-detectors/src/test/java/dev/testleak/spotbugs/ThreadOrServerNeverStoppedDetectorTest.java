package dev.testleak.spotbugs;

import static dev.testleak.spotbugs.SampleAnalysis.assertFindings;
import static dev.testleak.spotbugs.SampleAnalysis.assertNoFindings;
import static dev.testleak.spotbugs.SampleAnalysis.at;
import static dev.testleak.spotbugs.SampleAnalysis.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.samples.thread.*;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SpotBugsExtension.class)
class ThreadOrServerNeverStoppedDetectorTest {
  private static final Rule RULE = Catalogue.THREAD_OR_SERVER_NEVER_STOPPED;

  @Test
  void stoppedAutoClosedHandedOnOrNeverStartedIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, ThreadClean.class, ThreadStoppedBase.class));
  }

  @Test
  void ruleThatClosesInAfterIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, ThreadJunit4RuleClean.class));
  }

  @Test
  void startedInSetUpAndNeverStopped(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, ThreadJunit5Leak.class);
    assertFindings(
        bugs, ThreadJunit5Leak.class,
        at("ThreadJunit5Leak", "<clinit>"), at("ThreadJunit5Leak", "start"), at("ThreadJunit5Leak", "start"),
        at("ThreadJunit5Leak", "start"), at("ThreadJunit5Leak", "start"), at("ThreadJunit5Leak", "each"));
    assertThat(bugs)
        .extracting(BugInstance::getMessageWithoutPrefix)
        .contains(
            RULE.formatMessage("executor", "pool", "@BeforeAll", "@AfterAll (shutdownNow())"),
            RULE.formatMessage("thread", "heartbeat", "@BeforeAll", "@AfterAll (interrupt())"),
            RULE.formatMessage("executor", "SCHEDULER", "a static initializer", "@AfterAll (shutdownNow())"),
            RULE.formatMessage("executor", "perTest", "@BeforeEach", "@AfterEach (shutdownNow())"));
  }

  @Test
  void ruleThatNeverClosesWhatBeforeBound(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, ThreadJunit4RuleLeak.class);
    assertFindings(bugs, ThreadJunit4RuleLeak.class, at("ThreadJunit4RuleLeak", "before"));
    assertThat(bugs.get(0).getMessageWithoutPrefix())
        .isEqualTo(RULE.formatMessage("server socket", "socket", "ExternalResource.before", "@AfterEach (close())"));
  }
}
