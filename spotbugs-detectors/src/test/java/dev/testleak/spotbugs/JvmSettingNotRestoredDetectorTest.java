package dev.testleak.spotbugs;

import static dev.testleak.spotbugs.SampleAnalysis.assertFindings;
import static dev.testleak.spotbugs.SampleAnalysis.assertNoFindings;
import static dev.testleak.spotbugs.SampleAnalysis.at;
import static dev.testleak.spotbugs.SampleAnalysis.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.samples.jvmsetting.*;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SpotBugsExtension.class)
class JvmSettingNotRestoredDetectorTest {
  private static final Rule RULE = Catalogue.JVM_SETTING_NOT_RESTORED;

  @Test
  void restoredInFinallyOrATeardownIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, JvmSettingClean.class));
  }

  @Test
  void restoredThroughTheLivePropertiesIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, LivePropertiesClean.class));
  }

  @Test
  void restoredByTheCloseOfARestorerObjectIsNotReported(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, RestorerObjectClean.class));
  }

  @Test
  void closeThatRestoresAnotherSettingOrOfAClassThatIsNotAutoCloseable(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, RestorerObjectLeak.class);
    assertFindings(
        bugs, RestorerObjectLeak.class,
        at("RestorerObjectLeak$ZonePin", "<init>"), at("RestorerObjectLeak$KeyPin", "<init>"),
        at("RestorerObjectLeak$NotCloseable", "<init>"));
  }

  @Test
  void changedInALambdaAndRestoredInAFinallyOfTheMethodItIsWrittenIn(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, LambdaChangeClean.class));
  }

  @Test
  void changedInALambdaWhoseMethodRestoresAnotherKey(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, LambdaChangeLeak.class);
    assertThat(bugs).hasSize(1);
    // Reported at the setter's line, in the method the lambda is written in.
    assertThat(bugs.get(0).getPrimaryMethod().getMethodName()).isEqualTo("threadBodySetsAPropertyTheFinallyDoesNotClear");
    assertThat(bugs.get(0).getMessageWithoutPrefix())
        .isEqualTo(RULE.formatMessage("System.setProperty(..)", "system property 'sample.thread.set'"));
  }

  @Test
  void savedValuesPutBackAreRestores(SpotBugsRunner spotbugs) {
    assertNoFindings(findings(spotbugs, RULE, SavedValueClean.class));
  }

  @Test
  void valuesNotReadFromTheSameSettingAreChanges(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, SavedValueLeak.class);
    assertFindings(
        bugs, SavedValueLeak.class,
        at("SavedValueLeak", "constantInALocal"), at("SavedValueLeak", "readInOneBranchOnly"),
        at("SavedValueLeak", "anotherKeysValue"), at("SavedValueLeak", "fieldAlsoAssignedSomethingElse"));
  }

  @Test
  void changedAndNotRestored(SpotBugsRunner spotbugs) {
    List<BugInstance> bugs = findings(spotbugs, RULE, JvmSettingLeak.class);
    assertFindings(
        bugs, JvmSettingLeak.class,
        at("JvmSettingLeak", "setsLocale"), at("JvmSettingLeak", "restoresOutsideFinally"),
        at("JvmSettingLeak", "setsAPropertyTheTeardownDoesNotRestore"),
        at("JvmSettingLeak", "removesAnotherKeyFromTheLiveProperties"));
    assertThat(bugs)
        .extracting(BugInstance::getMessageWithoutPrefix)
        .contains(
            RULE.formatMessage("Locale.setDefault(..)", "the default Locale"),
            RULE.formatMessage("System.setProperty(..)", "system property 'app.env'"));
  }
}
