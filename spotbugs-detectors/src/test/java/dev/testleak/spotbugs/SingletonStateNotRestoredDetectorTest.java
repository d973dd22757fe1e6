package dev.testleak.spotbugs;

import static dev.testleak.spotbugs.SampleAnalysis.assertFindings;
import static dev.testleak.spotbugs.SampleAnalysis.assertNoFindings;
import static dev.testleak.spotbugs.SampleAnalysis.at;
import static dev.testleak.spotbugs.SampleAnalysis.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.samples.singleton.*;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SpotBugsExtension.class)
class SingletonStateNotRestoredDetectorTest {
  private static final Rule RULE = Catalogue.SINGLETON_STATE_NOT_RESTORED;

  @Test
  void restoredNotAMutatorOrNotASingletonIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, SingletonClean.class, Registry.class, Flags.class, Stateless.class));
  }

  @Test
  void singletonStateChangedAndNotRestored(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, SingletonLeak.class);
    assertFindings(
        bugs, SingletonLeak.class,
        at("SingletonLeak", "registers"), at("SingletonLeak", "enablesAFlag"), at("SingletonLeak", "configuresThroughTheHolder"),
        at("SingletonLeak", "setsThroughALocal"), at("SingletonLeak", "setsBackOutsideFinally"),
        at("SingletonLeak", "unregistersOutsideFinally"), at("SingletonLeak", "addsToAnAtomicKeptByAHolder"),
        at("SingletonLeak", "setsStateOfASuperclass"));
    assertThat(bugs)
        .extracting(BugInstance::getMessageWithoutPrefix)
        .contains(
            RULE.formatMessage("register(..)", "Registry.getInstance()"),
            RULE.formatMessage("enable(..)", "Flags.INSTANCE"),
            RULE.formatMessage("putValue(..)", "Holder.INSTANCE"),
            RULE.formatMessage("addOne()", "Counters.getInstance()"),
            RULE.formatMessage("setMode(..)", "Inheriting.INSTANCE"));
  }
}
