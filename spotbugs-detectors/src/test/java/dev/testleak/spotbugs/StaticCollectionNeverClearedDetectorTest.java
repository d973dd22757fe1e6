package dev.testleak.spotbugs;

import static dev.testleak.spotbugs.SampleAnalysis.assertFindings;
import static dev.testleak.spotbugs.SampleAnalysis.assertNoFindings;
import static dev.testleak.spotbugs.SampleAnalysis.at;
import static dev.testleak.spotbugs.SampleAnalysis.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import dev.testleak.spotbugs.samples.*;
import dev.testleak.spotbugs.samples.fixture.*;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SpotBugsExtension.class)
class StaticCollectionNeverClearedDetectorTest {
  private static final Rule RULE = Catalogue.STATIC_COLLECTION_NEVER_CLEARED;

  /** Which fields: only static, growable, mutable, strongly keyed containers count. */
  @Nested
  class WhichFields {
    @Test
    void instanceFieldsArraysAndNonCollectionsAreNotReported(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, InstanceAndArrayFields.class));
    }

    @Test
    void immutableAndFixedSizeInitialisersAreNotReported(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, ImmutableInitialisers.class));
    }

    @Test
    void mutableWrapperFactoryIsReported(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, MutableNonFinalFactoryLeak.class), MutableNonFinalFactoryLeak.class,
          at("MutableNonFinalFactoryLeak", "grows"));
    }

    @Test
    void weakKeyedMapsAreNotReported(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, WeakKeyedMaps.class));
    }

    @Test
    void mapMakerWithoutWeakKeysIsReported(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, StrongMapMakerLeak.class), StrongMapMakerLeak.class, at("StrongMapMakerLeak", "grows"));
    }
  }

  /** What grows it: every grow method, on every container kind, directly or through a helper. */
  @Nested
  class WhatGrowsIt {
    @Test
    void junit5TestGrowingAStaticListIsReportedOnceAtTheFirstSite(SpotBugsRunner spotbugs) {
      assertFindings(findings(spotbugs, Junit5ListLeak.class), Junit5ListLeak.class, at("Junit5ListLeak", "createsOrder"));
    }

    @Test
    void everyGrowMethodOnEveryContainerKind(SpotBugsRunner spotbugs) {
      List<BugInstance> bugs = findings(spotbugs, CollectionKindsLeak.class);
      assertFindings(
          bugs, CollectionKindsLeak.class,
          at("CollectionKindsLeak", "grows"), at("CollectionKindsLeak", "grows"), at("CollectionKindsLeak", "grows"),
          at("CollectionKindsLeak", "grows"), at("CollectionKindsLeak", "grows"), at("CollectionKindsLeak", "grows"),
          at("CollectionKindsLeak", "grows"), at("CollectionKindsLeak", "grows"), at("CollectionKindsLeak", "grows"));
      assertThat(bugs)
          .extracting(b -> b.getPrimaryField().getFieldName())
          .containsExactlyInAnyOrder("SEEN", "COUNTS", "INDEX", "TOTALS", "STACK", "QUEUE", "TAGS", "LOG", "ALL");
    }

    @Test
    void everyContainerKindClearedInAfterAll(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, CollectionKindsCleared.class));
    }

    @Test
    void growthThroughAHelperIsReportedInTheHelper(SpotBugsRunner spotbugs) {
      assertFindings(findings(spotbugs, HelperGrowthLeak.class), HelperGrowthLeak.class, at("HelperGrowthLeak", "remember"));
    }

    @Test
    void subclassGrowingAnInheritedFieldIsReportedInTheSubclass(SpotBugsRunner spotbugs) {
      List<BugInstance> bugs = findings(spotbugs, SubclassGrowsInheritedLeak.class);
      assertFindings(bugs, SubclassGrowsInheritedLeak.class, at("SubclassGrowsInheritedLeak", "registers"));
      assertThat(bugs.get(0).getPrimaryField().getClassName()).endsWith(".AbstractRegistryBase");
      assertThat(bugs.get(0).getMessageWithoutPrefix()).startsWith("static map 'AbstractRegistryBase.REGISTRY' is grown");
    }

    @Test
    void classImplementingAMixinGrowsItsConstant(SpotBugsRunner spotbugs) {
      assertFindings(findings(spotbugs, MixinGrowerLeak.class), MixinGrowerLeak.class, at("MixinGrowerLeak", "sees"));
    }

    @Test
    void nestedClassesCountForTheirTopLevelClassOnce(SpotBugsRunner spotbugs) {
      List<BugInstance> bugs = findings(spotbugs, NestedOuterLeak.class);
      assertFindings(bugs, NestedOuterLeak.class, at("NestedOuterLeak$First", "records"));
      assertThat(bugs.get(0).getMessageWithoutPrefix()).startsWith("static list 'EVENTS' is grown");
    }

    @Test
    void junit5ExtensionWithAStaticMap(SpotBugsRunner spotbugs) {
      assertFindings(findings(spotbugs, MapExtensionLeak.class), MapExtensionLeak.class, at("MapExtensionLeak", "beforeEach"));
    }

    @Test
    void junit4ExternalResourceWithAStaticMap(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, ExternalResourceLeak.class), ExternalResourceLeak.class, at("ExternalResourceLeak", "before"));
    }

    @Test
    void junit4Test(SpotBugsRunner spotbugs) {
      assertFindings(findings(spotbugs, Junit4Leak.class), Junit4Leak.class, at("Junit4Leak", "creates"));
    }

    @Test
    void testNgTest(SpotBugsRunner spotbugs) {
      assertFindings(findings(spotbugs, TestNgLeak.class), TestNgLeak.class, at("TestNgLeak", "creates"));
    }

    @Test
    void oddShapesOfCodeAreAnalysedWithoutCrashing(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, OddCode.class), OddCode.class,
          at("OddCode$Point", "<init>"), at("OddCode$Color", "use"), at("OddCode$WithStatic", "record"));
    }
  }

  /** Growth that is not a leak: initialisers, class-level set-up of a concrete class, teardown, try/finally. */
  @Nested
  class GrowthThatIsNoLeak {
    @Test
    void staticInitializerFill(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, ClinitOnlyFill.class));
    }

    @Test
    void lambdaCreatedByTheStaticInitializerIsNotInitializerCode(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, StaticLambdaLeak.class), StaticLambdaLeak.class, at("StaticLambdaLeak", "lambda$static$0"));
    }

    @Test
    void perTestSetUpThatReassignsClearsIt(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, ReassignedInBeforeEach.class));
    }

    @Test
    void perTestSetUpThatEmptiesItDirectlyOrThroughAHelperClearsIt(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, ClearedInBeforeEach.class));
    }

    @Test
    void perTestSetUpThatEmptiesAnotherField(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, BeforeEachClearsOtherFieldLeak.class), BeforeEachClearsOtherFieldLeak.class,
          at("BeforeEachClearsOtherFieldLeak", "grows"));
    }

    @Test
    void lambdaInAClassLevelHookAndGrowthInAPerTestSetUpAreGrowth(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, BeforeAllLambdaLeak.class), BeforeAllLambdaLeak.class,
          at("BeforeAllLambdaLeak", "lambda$prepare$0"), at("BeforeAllLambdaLeak", "grow"));
    }

    @Test
    void beforeAllOfTheConcreteDeclaringClass(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, BeforeAllFillConcrete.class));
    }

    @Test
    void beforeAllOfAnAbstractDeclaringClassRunsPerSubclass(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, AbstractBeforeAllFillBase.class), AbstractBeforeAllFillBase.class,
          at("AbstractBeforeAllFillBase", "loadFixtures"));
    }

    @Test
    void tryWhoseFinallyClears(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, TryFinallyClears.class));
    }

    @Test
    void tryWhoseFinallyClearsAnotherField(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, TryFinallyWithoutClearLeak.class), TryFinallyWithoutClearLeak.class,
          at("TryFinallyWithoutClearLeak", "creates"));
    }

    @Test
    void growthInAMethodThatAlsoEmptiesTheField(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, EmptiedInSameMethod.class));
    }

    @Test
    void methodThatEmptiesAnotherFieldOrWritesTheGrowingLambda(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, EmptiedOtherFieldInSameMethodLeak.class), EmptiedOtherFieldInSameMethodLeak.class,
          at("EmptiedOtherFieldInSameMethodLeak", "growsOneEmptiesAnother"),
          at("EmptiedOtherFieldInSameMethodLeak", "lambda$defers$0"));
    }

    @Test
    void growthInAMethodThatEmptiesTheFieldThroughAHelper(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, EmptiedThroughHelper.class));
    }

    @Test
    void helperThatEmptiesAnotherField(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, HelperEmptiesOtherFieldLeak.class), HelperEmptiesOtherFieldLeak.class,
          at("HelperEmptiesOtherFieldLeak", "growsOneEmptiesAnother"));
    }
  }

  /** Growth drained by every test of its class: each annotated test of the nest empties the field. */
  @Nested
  class DrainedByEveryTestOfItsClass {
    @Test
    void everyTestDrainsDirectlyOrThroughAHelperNestedOnesIncluded(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, EveryTestDrains.class));
    }

    @Test
    void aNestedTestThatDoesNotDrain(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, DrainedBySomeTestsLeak.class), DrainedBySomeTestsLeak.class,
          at("DrainedBySomeTestsLeak$RecordingListener", "accept"));
    }

    @Test
    void testNgClassLevelTestMakesUnannotatedMethodsTests(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, DrainedByAnnotatedTestsOfTestNgClassLeak.class), DrainedByAnnotatedTestsOfTestNgClassLeak.class,
          at("DrainedByAnnotatedTestsOfTestNgClassLeak$RecordingListener", "accept"));
    }
  }

  /**
   * Fixtures with a reset method: judged at the analysed classes that call them. Each fixture is
   * analysed with different users, so the same fixture is clean with some and reported with others.
   */
  @Nested
  class FixturesWithAResetMethod {
    @Test
    void everyUserResetsDirectlyThroughAHelperOrInATeardownOfANestedCaller(SpotBugsRunner spotbugs) {
      assertNoFindings(
          findings(spotbugs, TopologyFixture.class, TopologyFixtureUser.class, TopologyFixtureTestNgUser.class));
    }

    @Test
    void resetThatNoAnalysedClassCalls(SpotBugsRunner spotbugs) {
      assertThat(findings(spotbugs, TopologyFixture.class))
          .extracting(b -> b.getPrimaryMethod().getMethodName())
          .containsExactly("addNode");
    }

    @Test
    void userThatGrowsThroughAMethodReferenceWithoutResetting(SpotBugsRunner spotbugs) {
      List<BugInstance> bugs =
          findings(spotbugs, TopologyFixture.class, TopologyFixtureUser.class, TopologyFixtureForgetfulUser.class);
      assertThat(bugs).extracting(b -> b.getPrimaryMethod().getMethodName()).containsExactly("addNode");
    }

    @Test
    void userThatGrowsAndResetsThroughMethodReferences(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, TopologyFixture.class, TopologyFixtureReferenceUser.class));
    }

    @Test
    void oneUserResetsTheOtherDoesNot(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, SessionFixture.class, SessionFixtureResettingUser.class, SessionFixtureForgetfulUser.class),
          SessionFixture.class, at("SessionFixture", "open"));
    }

    @Test
    void theOnlyUserResets(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, SessionFixture.class, SessionFixtureResettingUser.class));
    }

    @Test
    void growthInALambdaOfANestedClassReachedFromTheFixture(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, RegistrarFixture.class, RegistrarFixtureUser.class));
    }

    @Test
    void growthInALambdaOfANestedClassReachedByAForgetfulUser(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, RegistrarFixture.class, RegistrarFixtureUser.class, RegistrarFixtureForgetfulUser.class),
          RegistrarFixture.class, at("RegistrarFixture$Registrar", "lambda$register$0"));
    }

    @Test
    void methodThatEmptiesAndGrowsIsNoReset(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, ReloadingFixture.class, ReloadingFixtureUser.class), ReloadingFixture.class,
          at("ReloadingFixture", "add"));
    }

    @Test
    void classWithAHookIsNoFixture(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, HookedRegistryExtension.class, HookedRegistryUser.class), HookedRegistryExtension.class,
          at("HookedRegistryExtension", "beforeEach"));
    }
  }

  /** What clears it: teardown hooks by annotation or callback, own, enclosing, inherited, via helpers. */
  @Nested
  class WhatClearsIt {
    @Test
    void afterEach(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, Junit5ListClearedAfterEach.class));
    }

    @Test
    void junit4AfterAndAfterClass(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, Junit4ClearedAfter.class, Junit4ClearedAfterClass.class));
    }

    @Test
    void testNgAfterMethod(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, TestNgClearedAfterMethod.class));
    }

    @Test
    void junit3TearDownOverride(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, Junit3TearDownClears.class));
    }

    @Test
    void methodMerelyNamedTearDownIsNoHook(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, MethodNamedTearDownLeak.class), MethodNamedTearDownLeak.class,
          at("MethodNamedTearDownLeak", "creates"));
    }

    @Test
    void helpersUpToThreeCallsDeep(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, HelperClearedThroughHelpers.class));
    }

    @Test
    void helpersFourCallsDeepAreNotFollowed(SpotBugsRunner spotbugs) {
      assertFindings(findings(spotbugs, HelperTooDeepLeak.class), HelperTooDeepLeak.class, at("HelperTooDeepLeak", "grows"));
    }

    @Test
    void inheritedTeardown(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, SubclassClearedByInheritedTeardown.class));
    }

    @Test
    void inheritedTeardownThatClearsAnotherField(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, SubclassInheritedTeardownForgetsLeak.class), SubclassInheritedTeardownForgetsLeak.class,
          at("SubclassInheritedTeardownForgetsLeak", "caches"));
    }

    @Test
    void defaultTeardownOfTheMixinInterface(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, MixinGrowerCleared.class));
    }

    @Test
    void teardownOfTheEnclosingClass(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, NestedOuterCleared.class));
    }

    @Test
    void afterEachCallbackOfAnExtension(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, MapExtensionCleared.class));
    }

    @Test
    void externalResourceAfter(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, ExternalResourceCleared.class));
    }

    @Test
    void reassignment(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, ReassignedInTeardown.class));
    }

    @Test
    void passedToAnotherMethod(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, PassedToMethodInTeardown.class));
    }
  }

  /** Where and how it is reported. */
  @Nested
  class Reporting {
    @Test
    void bugCarriesClassMethodFieldPrimaryLineAndCatalogueSeverity(SpotBugsRunner spotbugs) {
      BugInstance bug = findings(spotbugs, Junit5ListLeak.class).get(0);
      assertThat(bug.getPriority()).isEqualTo(RULE.severity().spotbugsPriority());
      assertThat(bug.getBugPattern().getCategory()).isEqualTo(RULE.severity().spotbugsCategory());
      assertThat(bug.getPrimaryClass().getClassName()).isEqualTo(Junit5ListLeak.class.getName());
      assertThat(bug.getPrimaryMethod().getMethodName()).isEqualTo("createsOrder");
      assertThat(bug.getPrimaryField().getFieldName()).isEqualTo("CREATED");
      SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
      assertThat(line.getDescription()).isEqualTo(SourceLineAnnotation.DEFAULT_ROLE);
      assertThat(line.getStartLine()).isEqualTo(SampleAnalysis.markerLines(Junit5ListLeak.class).get(0));
      assertThat(bug.getMessageWithoutPrefix()).isEqualTo(RULE.formatMessage("list", "CREATED"));
    }

    @Test
    void suppressFbWarningsOnTheField(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, SuppressedOnField.class));
    }

    @Test
    void suppressFbWarningsOnAFieldGrownBySubclasses(SpotBugsRunner spotbugs) {
      assertNoFindings(findings(spotbugs, SubclassOfSuppressedField.class));
    }
  }

  /** Test code: the code base pattern, or lifecycle annotations and types. */
  @Nested
  class TestCode {
    @AfterEach
    void restoreProperty() {
      System.clearProperty(Catalogue.TEST_CODEBASE_PATTERN.spotbugsProperty());
    }

    @Test
    void plainClassInTestClassesIsTestCode(SpotBugsRunner spotbugs) {
      assertFindings(
          findings(spotbugs, PlainFixtureHolder.class), PlainFixtureHolder.class, at("PlainFixtureHolder", "record"));
    }

    @Test
    void outsideATestCodeBaseOnlyFrameworkClassesAreTestCode(SpotBugsRunner spotbugs) {
      System.setProperty(Catalogue.TEST_CODEBASE_PATTERN.spotbugsProperty(), ".*/no-such-test-output/.*");
      List<BugInstance> bugs = findings(spotbugs, PlainFixtureHolder.class, Junit5ListLeak.class);
      assertThat(bugs).extracting(b -> b.getPrimaryClass().getClassName()).containsExactly(Junit5ListLeak.class.getName());
    }

    @Test
    void invalidPatternFailsWithAClearMessage(SpotBugsRunner spotbugs) {
      System.setProperty(Catalogue.TEST_CODEBASE_PATTERN.spotbugsProperty(), "(unclosed");
      assertThatThrownBy(() -> findings(spotbugs, Junit5ListLeak.class))
          .satisfies(e -> assertThat(causeMessages(e)).contains("testleak.testCodebasePattern is not a valid regular expression"));
    }
  }

  /** The assertions above can fail: a wrong class, method or count is caught. */
  @Nested
  class HarnessSelfTest {
    @Test
    void wrongMethodFails(SpotBugsRunner spotbugs) {
      List<BugInstance> bugs = findings(spotbugs, Junit5ListLeak.class);
      assertThatThrownBy(() -> assertFindings(bugs, Junit5ListLeak.class, at("Junit5ListLeak", "createsAnother")))
          .isInstanceOf(AssertionError.class);
    }

    @Test
    void expectingNothingFromALeakFails(SpotBugsRunner spotbugs) {
      List<BugInstance> bugs = findings(spotbugs, Junit5ListLeak.class);
      assertThatThrownBy(() -> assertNoFindings(bugs)).isInstanceOf(AssertionError.class);
    }
  }

  private static String causeMessages(Throwable e) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.append(t).append('\n');
      for (Throwable s : t.getSuppressed()) {
        messages.append(causeMessages(s));
      }
    }
    return messages.toString();
  }
}
