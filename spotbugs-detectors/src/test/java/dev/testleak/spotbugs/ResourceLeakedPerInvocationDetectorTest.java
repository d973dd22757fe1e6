package dev.testleak.spotbugs;

import static dev.testleak.spotbugs.SampleAnalysis.assertFindings;
import static dev.testleak.spotbugs.SampleAnalysis.assertNoFindings;
import static dev.testleak.spotbugs.SampleAnalysis.at;
import static dev.testleak.spotbugs.SampleAnalysis.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.samples.resource.*;
import dev.testleak.spotbugs.samples.resource.perinstance.*;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SpotBugsExtension.class)
class ResourceLeakedPerInvocationDetectorTest {
  private static final Rule RULE = Catalogue.RESOURCE_LEAKED_PER_INVOCATION;
  private static final String PER_INSTANCE =
      "in a constructor or field initializer of a class with parameterized tests (JUnit creates one instance per invocation)";

  @Test
  void releasedHandedOnHoldingNothingOrOncePerTestIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, ResourceClean.class));
  }

  @Test
  void streamsOnNothingButMemoryAreNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, InMemoryStreamsClean.class));
  }

  @Test
  void decoratorsAroundOwnedValuesAreNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, DecoratorsOverOwnedClean.class));
  }

  @Test
  void openedPerInvocationOrIterationAndNotReleased(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, ResourceLeak.class);
    assertFindings(
        bugs, ResourceLeak.class,
        at("ResourceLeak", "keptInALocal"), at("ResourceLeak", "discarded"), at("ResourceLeak", "decoratorBuiltFromAFileName"),
        at("ResourceLeak", "dynamicTestsOpenAReaderEach"), at("ResourceLeak", "closedOnlyAfterTheLoop"),
        at("ResourceLeak", "forEachLambdaIsALoopBody"),
        at("ResourceLeak", "outermostDecoratorAroundAStreamOpenedInTheSameExpression"), at("ResourceLeak", "streamOpenedOnAPath"));
    assertThat(bugs)
        .extracting(BugInstance::getMessageWithoutPrefix)
        .contains(
            RULE.formatMessage("InputStream", "in every invocation of a parameterized test", "never closed"),
            RULE.formatMessage("MockedStatic", "in every invocation of a repeated test", "discarded"),
            RULE.formatMessage("FileInputStream", "in every iteration of a loop in a test", "closed only after the loop"),
            RULE.formatMessage("Session", "in every invocation of a parameterized test", "never closed"),
            RULE.formatMessage("PathStream", "in every invocation of a parameterized test", "never closed"));
  }

  @Test
  void projectCloseablesThatHoldNothingAreNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, ProjectCloseablesClean.class));
  }

  @Test
  void projectCloseablesThatHoldAResourceOrCannotBeSeen(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, ProjectCloseablesLeak.class);
    assertFindings(
        bugs, ProjectCloseablesLeak.class,
        at("ProjectCloseablesLeak", "dropsThemAll"), at("ProjectCloseablesLeak", "dropsThemAll"),
        at("ProjectCloseablesLeak", "dropsThemAll"), at("ProjectCloseablesLeak", "dropsThemAll"),
        at("ProjectCloseablesLeak", "dropsThemAll"), at("ProjectCloseablesLeak", "dropsThemAll"),
        at("ProjectCloseablesLeak", "dropsThemAll"));
  }

  @Test
  void resourcesStoredIntoAnArrayAreHandedOn(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, ArrayStoreClean.class));
  }

  @Test
  void resourceChosenByABranchAndClosedIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, BranchesClean.class));
  }

  @Test
  void resourceChosenByABranchAndNotClosedOnItsPath(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, BranchesLeak.class);
    assertFindings(
        bugs, BranchesLeak.class,
        at("BranchesLeak", "conditionalKeptAndNeverClosed"), at("BranchesLeak", "conditionalKeptAndNeverClosed"),
        at("BranchesLeak", "assignedInIfElseAndNeverClosed"), at("BranchesLeak", "assignedInIfElseAndNeverClosed"),
        at("BranchesLeak", "closedOnOneBranchOnly"), at("BranchesLeak", "overwrittenBeforeTheClose"),
        at("BranchesLeak", "decoratorAroundAConditionalNeverClosed"));
    assertThat(bugs)
        .extracting(BugInstance::getMessageWithoutPrefix)
        .contains(
            RULE.formatMessage("FileReader", "in every iteration of a loop in a test", "never closed"),
            RULE.formatMessage("BufferedReader", "in every invocation of a parameterized test", "never closed"));
  }

  @Test
  void resourceHandedOnThroughALocalIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, HandedOnClean.class));
  }

  @Test
  void resourceHandedOnTooLateOrNotAtAll(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, HandedOnLeak.class);
    assertFindings(
        bugs, HandedOnLeak.class, at("HandedOnLeak", "handedOnOnlyAfterTheLoop"), at("HandedOnLeak", "anotherStreamIsHandedOn"));
    assertThat(bugs)
        .extracting(BugInstance::getMessageWithoutPrefix)
        .containsExactlyInAnyOrder(
            RULE.formatMessage("FileInputStream", "in every iteration of a loop in a test", "closed only after the loop"),
            RULE.formatMessage("FileInputStream", "in every iteration of a loop in a test", "never closed"));
  }

  @Test
  void fieldClosedOnlyAtClassEnd(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, ResourceFieldLeak.class);
    assertFindings(bugs, ResourceFieldLeak.class, at("ResourceFieldLeak", "open"));
    assertThat(bugs.get(0).getMessageWithoutPrefix())
        .isEqualTo(RULE.formatMessage(
            "BufferedWriter", "in the per-invocation set-up of a class with parameterized tests", "closed only at class end"));
  }

  // ---- Constructors, initializer blocks and field initializers (one instance per invocation) ----

  @Test
  void openedByEachInstanceOfAJunit5ClassWithParameterizedTests(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, PerInstanceLeak.class);
    assertFindings(
        bugs, PerInstanceLeak.class,
        at("PerInstanceLeak", "<init>"), at("PerInstanceLeak", "<init>"), at("PerInstanceLeak", "<init>"),
        at("PerInstanceLeak", "<init>"));
    assertThat(bugs)
        .extracting(BugInstance::getMessageWithoutPrefix)
        .containsExactlyInAnyOrder(
            RULE.formatMessage("ExecutorService", PER_INSTANCE, "never closed"),
            RULE.formatMessage("ServerExtension", PER_INSTANCE, "never closed"),
            RULE.formatMessage("BufferedWriter", PER_INSTANCE, "never closed"),
            RULE.formatMessage("FileInputStream", PER_INSTANCE, "never closed"));
    assertThat(bugs).extracting(bug -> bug.getPrimaryField().getFieldName())
        .containsExactlyInAnyOrder("pool", "unregistered", "log", "input");
  }

  @Test
  void openedByTheConstructorOfAParameterizedJunit4Class(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, ParameterizedConstructorLeak.class);
    assertFindings(
        bugs, ParameterizedConstructorLeak.class,
        at("ParameterizedConstructorLeak", "<init>"), at("ParameterizedConstructorLeak", "<init>"));
  }

  @Test
  void fieldInitializerCopiedIntoSeveralConstructorsIsReportedOnce(SpotBugsRunner spotbugs) {
    assertFindings(findings(spotbugs, RULE, TwoConstructorsLeak.class), TwoConstructorsLeak.class, at("TwoConstructorsLeak", "<init>"));
  }

  @Test
  void releasedByAPerInvocationTeardownOrByJunitIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, PerInstanceReleasedClean.class));
  }

  @Test
  void oneInstanceForAllCasesWithPerClassIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, PerClassInstanceClean.class));
  }

  @Test
  void oneInstanceForAllRowsWithTestNgIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, TestNgPerClassInstanceClean.class));
  }

  @Test
  void ruleAndRegisteredExtensionFieldsAreDrivenByTheFramework(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, RuleFieldClean.class, RegisterExtensionFieldClean.class));
  }

  @Test
  void fieldInitializerOfAClassWithoutPerInvocationTestsIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, PlainTestClassClean.class));
  }

  @Test
  void fieldInitializerFindingIsSuppressedOnTheField(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, SuppressedOnFieldClean.class));
  }
}
