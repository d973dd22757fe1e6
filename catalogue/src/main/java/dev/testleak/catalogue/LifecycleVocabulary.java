package dev.testleak.catalogue;

import java.util.List;
import java.util.Set;

/**
 * The facts about JUnit 3/4/5, TestNG and Mockito lifecycles that every engine's {@code support}
 * package builds on: which annotations and which framework callback methods mark tests, set-up and
 * teardown, and of which scope. Names here are binary names of framework types, never naming
 * conventions of user code: whether a method is a hook is decided by its annotation or by the
 * framework method it overrides.
 */
public final class LifecycleVocabulary {
  private LifecycleVocabulary() {}

  /** How long what a hook creates or cleans up is meant to live. */
  public enum Scope {
    /** Runs around every test invocation (JUnit 5 {@code @BeforeEach}, JUnit 4 {@code @Before}, ...). */
    PER_TEST,
    /** Runs once per test class, suite, TestNG {@code <test>} or group. */
    PER_CLASS
  }

  /** Whether a hook sets up or tears down. */
  public enum Phase {
    SETUP,
    TEARDOWN
  }

  /** An annotation that makes a method a lifecycle hook. */
  public record HookAnnotation(String annotationType, Scope scope, Phase phase) {}

  /**
   * A framework callback: a method of a framework type that, when overridden, runs as a hook (e.g.
   * {@code AfterEachCallback.afterEach}). Matched by overriding, not by name alone.
   */
  public record Callback(String ownerType, String methodName, Scope scope, Phase phase) {}

  /** Annotations that make a method a test (one invocation or many). */
  public static final Set<String> TEST_ANNOTATIONS =
      Set.of(
          "org.junit.Test",
          "org.junit.jupiter.api.Test",
          "org.junit.jupiter.api.RepeatedTest",
          "org.junit.jupiter.api.TestFactory",
          "org.junit.jupiter.api.TestTemplate",
          "org.junit.jupiter.params.ParameterizedTest",
          "org.junit.experimental.theories.Theory",
          "org.testng.annotations.Test");

  public static final List<HookAnnotation> HOOK_ANNOTATIONS =
      List.of(
          new HookAnnotation("org.junit.jupiter.api.BeforeEach", Scope.PER_TEST, Phase.SETUP),
          new HookAnnotation("org.junit.jupiter.api.AfterEach", Scope.PER_TEST, Phase.TEARDOWN),
          new HookAnnotation("org.junit.jupiter.api.BeforeAll", Scope.PER_CLASS, Phase.SETUP),
          new HookAnnotation("org.junit.jupiter.api.AfterAll", Scope.PER_CLASS, Phase.TEARDOWN),
          new HookAnnotation("org.junit.Before", Scope.PER_TEST, Phase.SETUP),
          new HookAnnotation("org.junit.After", Scope.PER_TEST, Phase.TEARDOWN),
          new HookAnnotation("org.junit.BeforeClass", Scope.PER_CLASS, Phase.SETUP),
          new HookAnnotation("org.junit.AfterClass", Scope.PER_CLASS, Phase.TEARDOWN),
          new HookAnnotation("org.testng.annotations.BeforeMethod", Scope.PER_TEST, Phase.SETUP),
          new HookAnnotation("org.testng.annotations.AfterMethod", Scope.PER_TEST, Phase.TEARDOWN),
          new HookAnnotation("org.testng.annotations.BeforeClass", Scope.PER_CLASS, Phase.SETUP),
          new HookAnnotation("org.testng.annotations.AfterClass", Scope.PER_CLASS, Phase.TEARDOWN),
          new HookAnnotation("org.testng.annotations.BeforeTest", Scope.PER_CLASS, Phase.SETUP),
          new HookAnnotation("org.testng.annotations.AfterTest", Scope.PER_CLASS, Phase.TEARDOWN),
          new HookAnnotation("org.testng.annotations.BeforeSuite", Scope.PER_CLASS, Phase.SETUP),
          new HookAnnotation("org.testng.annotations.AfterSuite", Scope.PER_CLASS, Phase.TEARDOWN),
          new HookAnnotation("org.testng.annotations.BeforeGroups", Scope.PER_CLASS, Phase.SETUP),
          new HookAnnotation("org.testng.annotations.AfterGroups", Scope.PER_CLASS, Phase.TEARDOWN));

  /** Framework methods that act as hooks when a class overrides them. */
  public static final List<Callback> CALLBACKS =
      List.of(
          new Callback("junit.framework.TestCase", "setUp", Scope.PER_TEST, Phase.SETUP),
          new Callback("junit.framework.TestCase", "tearDown", Scope.PER_TEST, Phase.TEARDOWN),
          new Callback("org.junit.rules.ExternalResource", "before", Scope.PER_TEST, Phase.SETUP),
          new Callback("org.junit.rules.ExternalResource", "after", Scope.PER_TEST, Phase.TEARDOWN),
          new Callback("org.junit.rules.TestWatcher", "starting", Scope.PER_TEST, Phase.SETUP),
          new Callback("org.junit.rules.TestWatcher", "finished", Scope.PER_TEST, Phase.TEARDOWN),
          new Callback("org.junit.jupiter.api.extension.BeforeEachCallback", "beforeEach", Scope.PER_TEST, Phase.SETUP),
          new Callback("org.junit.jupiter.api.extension.AfterEachCallback", "afterEach", Scope.PER_TEST, Phase.TEARDOWN),
          new Callback("org.junit.jupiter.api.extension.BeforeTestExecutionCallback", "beforeTestExecution", Scope.PER_TEST, Phase.SETUP),
          new Callback("org.junit.jupiter.api.extension.AfterTestExecutionCallback", "afterTestExecution", Scope.PER_TEST, Phase.TEARDOWN),
          new Callback("org.junit.jupiter.api.extension.BeforeAllCallback", "beforeAll", Scope.PER_CLASS, Phase.SETUP),
          new Callback("org.junit.jupiter.api.extension.AfterAllCallback", "afterAll", Scope.PER_CLASS, Phase.TEARDOWN),
          new Callback("org.junit.jupiter.api.extension.ExtensionContext$Store$CloseableResource", "close", Scope.PER_CLASS, Phase.TEARDOWN),
          new Callback("org.testng.IInvokedMethodListener", "beforeInvocation", Scope.PER_TEST, Phase.SETUP),
          new Callback("org.testng.IInvokedMethodListener", "afterInvocation", Scope.PER_TEST, Phase.TEARDOWN),
          new Callback("org.testng.ITestListener", "onTestStart", Scope.PER_TEST, Phase.SETUP),
          new Callback("org.testng.ITestListener", "onStart", Scope.PER_CLASS, Phase.SETUP),
          new Callback("org.testng.ITestListener", "onFinish", Scope.PER_CLASS, Phase.TEARDOWN),
          new Callback("org.testng.ISuiteListener", "onStart", Scope.PER_CLASS, Phase.SETUP),
          new Callback("org.testng.ISuiteListener", "onFinish", Scope.PER_CLASS, Phase.TEARDOWN),
          new Callback("org.testng.IClassListener", "onBeforeClass", Scope.PER_CLASS, Phase.SETUP),
          new Callback("org.testng.IClassListener", "onAfterClass", Scope.PER_CLASS, Phase.TEARDOWN));

  /**
   * Framework types whose implementations are test code wherever they are compiled: extensions,
   * rules, listeners and JUnit 3 test cases.
   */
  public static final Set<String> TEST_FRAMEWORK_TYPES =
      Set.of(
          "junit.framework.TestCase",
          "org.junit.rules.TestRule",
          "org.junit.rules.MethodRule",
          "org.junit.jupiter.api.extension.Extension",
          "org.testng.ITestNGListener");

  /** Class-level annotations that make a class test code. */
  public static final Set<String> TEST_CLASS_ANNOTATIONS =
      Set.of(
          "org.junit.runner.RunWith",
          "org.junit.jupiter.api.extension.ExtendWith",
          "org.junit.jupiter.api.Nested",
          "org.junit.jupiter.api.TestInstance",
          "org.testng.annotations.Test",
          "org.testng.annotations.Listeners");

  /** Field annotations that register a rule or an extension (and so make the class test code). */
  public static final Set<String> RULE_FIELD_ANNOTATIONS =
      Set.of(
          "org.junit.Rule",
          "org.junit.ClassRule",
          "org.junit.jupiter.api.extension.RegisterExtension");

  /** The scope and phase of a hook annotation, if {@code annotationType} is one. */
  public static java.util.Optional<HookAnnotation> hookAnnotation(String annotationType) {
    return HOOK_ANNOTATIONS.stream().filter(h -> h.annotationType().equals(annotationType)).findFirst();
  }

  /** True if the binary name names a test annotation, a hook or a rule-field annotation. */
  public static boolean isLifecycleAnnotation(String annotationType) {
    return TEST_ANNOTATIONS.contains(annotationType)
        || hookAnnotation(annotationType).isPresent()
        || RULE_FIELD_ANNOTATIONS.contains(annotationType);
  }
}
