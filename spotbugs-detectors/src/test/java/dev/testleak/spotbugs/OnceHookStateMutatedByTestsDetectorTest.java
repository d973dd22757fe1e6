package dev.testleak.spotbugs;

import static dev.testleak.spotbugs.SampleAnalysis.assertFindings;
import static dev.testleak.spotbugs.SampleAnalysis.assertNoFindings;
import static dev.testleak.spotbugs.SampleAnalysis.at;
import static dev.testleak.spotbugs.SampleAnalysis.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.samples.oncehook.*;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SpotBugsExtension.class)
class OnceHookStateMutatedByTestsDetectorTest {
  private static final Rule RULE = Catalogue.ONCE_HOOK_STATE_MUTATED_BY_TESTS;

  @Test
  void stateResetPerTestUnchangedOrImmutableIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, OnceHookClean.class));
  }

  @Test
  void instanceFieldsOfPerMethodClassesAndStateOnlyTheHookFillsAreNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, OnceHookJunit4InstanceClean.class));
  }

  @Test
  void junit5ListCounterAndMockChangedByTests(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, OnceHookJunit5Leak.class);
    assertFindings(
        bugs, OnceHookJunit5Leak.class,
        at("OnceHookJunit5Leak", "createState"), at("OnceHookJunit5Leak", "createState"), at("OnceHookJunit5Leak", "createState"));
    assertThat(bugs)
        .extracting(BugInstance::getMessageWithoutPrefix)
        .contains(RULE.formatMessage("list", "events", "@BeforeAll", "@BeforeEach"),
            RULE.formatMessage("atomic counter", "counter", "@BeforeAll", "@BeforeEach"),
            RULE.formatMessage("mock", "listener", "@BeforeAll", "@BeforeEach"));
  }

  @Test
  void testNgInstanceFieldsLiveForTheClass(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, OnceHookTestNgLeak.class);
    assertFindings(
        bugs, OnceHookTestNgLeak.class,
        at("OnceHookTestNgLeak", "createState"), at("OnceHookTestNgLeak", "createState"), at("OnceHookTestNgLeak", "createLog"));
    assertThat(bugs)
        .extracting(BugInstance::getMessageWithoutPrefix)
        .contains(RULE.formatMessage("StringBuilder", "log", "@BeforeSuite", "@BeforeMethod"));
  }

  @Test
  void perClassInstanceFieldsStubbedWithDoReturn(SpotBugsRunner spotbugs) {
    assertFindings(
        findings(spotbugs, RULE, OnceHookPerClassLeak.class), OnceHookPerClassLeak.class,
        at("OnceHookPerClassLeak", "createState"), at("OnceHookPerClassLeak", "createState"));
  }

  @Test
  void junit4SuperclassFieldGrownThroughInheritedHelper(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, OnceHookJunit4Leak.class, OnceHookJunit4Base.class);
    assertFindings(bugs, OnceHookJunit4Leak.class, at("OnceHookJunit4Leak", "createSeen"));
    assertThat(bugs.get(0).getMessageWithoutPrefix()).isEqualTo(RULE.formatMessage("set", "seen", "@BeforeClass", "@Before"));
  }
}
