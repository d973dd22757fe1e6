package dev.testleak.spotbugs;

import static dev.testleak.spotbugs.SampleAnalysis.assertFindings;
import static dev.testleak.spotbugs.SampleAnalysis.assertNoFindings;
import static dev.testleak.spotbugs.SampleAnalysis.at;
import static dev.testleak.spotbugs.SampleAnalysis.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.samples.exitregistry.*;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SpotBugsExtension.class)
class ExitRegistryGrownPerInvocationDetectorTest {
  private static final Rule RULE = Catalogue.EXIT_REGISTRY_GROWN_PER_INVOCATION;

  @Test
  void removedHooksAndSingleInvocationsAreNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, ExitRegistryClean.class));
  }

  @Test
  void registrationsPerInvocationOrIteration(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, ExitRegistryLeak.class);
    assertFindings(
        bugs, ExitRegistryLeak.class,
        at("ExitRegistryLeak", "deletesOnExit"), at("ExitRegistryLeak", "addsAHookEveryTime"), at("ExitRegistryLeak", "deletesOnExitInALoop"));
    assertThat(bugs)
        .extracting(BugInstance::getMessageWithoutPrefix)
        .contains(
            RULE.formatMessage("File.deleteOnExit()", "in every invocation of a data-provider test"),
            RULE.formatMessage("Runtime.addShutdownHook(..)", "in every invocation of a test with an invocationCount"),
            RULE.formatMessage("File.deleteOnExit()", "in every iteration of a loop in a test"));
  }
}
