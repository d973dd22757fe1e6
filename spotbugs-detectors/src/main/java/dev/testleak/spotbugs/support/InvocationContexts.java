package dev.testleak.spotbugs.support;

import dev.testleak.catalogue.LifecycleVocabulary.HookAnnotation;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import dev.testleak.catalogue.ResourceVocabulary;
import dev.testleak.spotbugs.support.ClassCode.LambdaSite;
import dev.testleak.spotbugs.support.ClassCode.MethodCode;
import dev.testleak.spotbugs.support.ClassCode.Range;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.classfile.ClassElementValue;
import org.apache.bcel.classfile.ElementValue;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/**
 * The code that runs once per test invocation (docs/rules/ResourceLeakedPerInvocation.md,
 * "Per-invocation contexts"): bodies of parameterized, repeated, templated and dynamic tests, of
 * JUnit 4 tests under a parameterizing runner and of TestNG data-provider or {@code invocationCount}
 * tests, with their lambdas; the per-invocation set-up hooks of classes that have such tests; and
 * loop bodies (backward branches, and lambdas passed to {@code forEach}) in any test method. Apart
 * ({@link #inInstanceCreation}): the constructors of JUnit 4 and 5 classes that have such tests.
 */
public final class InvocationContexts {
  private static final String RUN_WITH = "org.junit.runner.RunWith";
  private static final String CONSTRUCTOR = "<init>";
  private static final String PER_INSTANCE =
      "in a constructor or field initializer of a class with parameterized tests (JUnit creates one instance per invocation)";
  /** Methods whose lambda argument runs once per element: the lambda body is a loop body. */
  private static final Set<String> FOR_EACH = Set.of("forEach", "forEachOrdered", "forEachRemaining");

  /**
   * A per-invocation context. {@code loop} is the loop body when the code runs once per iteration
   * (null when it runs once per invocation); {@code setUp} is true in per-invocation set-up hooks
   * (not in constructors: {@code ThreadOrServerNeverStopped} looks at hooks only, so a thread or
   * executor started per instance is this rule's).
   */
  public record Context(String where, Range loop, boolean setUp) {}

  private final Program program;

  public InvocationContexts(Program program) {
    this.program = program;
  }

  /** The context the instruction at {@code pc} of {@code body} (a method of {@code javaClass}) runs in, if any. */
  public Optional<Context> at(JavaClass javaClass, MethodCode body, int pc) {
    Optional<ClassCode> code = program.code(javaClass.getClassName());
    if (code.isEmpty()) {
      return Optional.empty();
    }
    MethodCode named = code.get().containingMethod(body);
    Method method = named.method;
    if (Lifecycle.isTest(method)) {
      Optional<Range> loop = body.innermostLoop(pc).or(() -> forEachBody(code.get(), body));
      if (loop.isPresent()) {
        return Optional.of(new Context("in every iteration of a loop in a test", loop.get(), false));
      }
    }
    Optional<String> multi = multiInvocation(javaClass, method);
    if (multi.isPresent()) {
      return Optional.of(new Context("in every invocation of " + multi.get(), null, false));
    }
    Optional<HookAnnotation> hook = Lifecycle.hookAnnotation(method);
    if (hook.isPresent() && hook.get().scope() == Scope.PER_TEST && hook.get().phase() == Phase.SETUP
        && hasMultiInvocationTests(javaClass)) {
      return Optional.of(new Context("in the per-invocation set-up of a class with parameterized tests", null, true));
    }
    return Optional.empty();
  }

  /**
   * The context of code in a constructor of {@code javaClass} (lambdas written there included) when
   * the framework creates a new instance of the class for every invocation of its per-invocation
   * tests (docs/rules/ResourceLeakedPerInvocation.md): then the constructor, the instance field
   * initializers and initializer blocks run once per invocation. Kept apart from {@link #at}:
   * ExitRegistryGrownPerInvocation shares those contexts, and its doc names no constructors.
   */
  public Optional<Context> inInstanceCreation(JavaClass javaClass, MethodCode body) {
    boolean constructor = program.code(javaClass.getClassName()).map(c -> isConstructor(c.containingMethod(body))).orElse(false);
    if (constructor && newInstancePerInvocation(javaClass)) {
      return Optional.of(new Context(PER_INSTANCE, null, false));
    }
    return Optional.empty();
  }

  /**
   * True if {@code method} is a constructor. javac inlines instance field initializers and
   * initializer blocks into every constructor that does not start with {@code this(..)}, so a
   * constructor's code is all the code that runs when an instance is created.
   */
  public static boolean isConstructor(MethodCode method) {
    return method.name.equals(CONSTRUCTOR);
  }

  /**
   * True if the framework creates a new instance of the class for every invocation of its
   * per-invocation tests: JUnit 4 and 5 do (one instance per test method invocation), unless JUnit 5
   * is told {@code @TestInstance(PER_CLASS)}; TestNG creates one instance per class.
   */
  private boolean newInstancePerInvocation(JavaClass javaClass) {
    return hasMultiInvocationTests(javaClass) && !program.lifecycle().oneInstancePerClass(javaClass.getClassName());
  }

  /** A lambda passed to {@code forEach}: its whole body runs once per element. */
  private static Optional<Range> forEachBody(ClassCode code, MethodCode body) {
    if (!body.isLambdaBody()) {
      return Optional.empty();
    }
    Optional<LambdaSite> site = code.siteOf(body);
    boolean forEach =
        site.isPresent()
            && site.get().method().invokes.stream()
                .anyMatch(i -> FOR_EACH.contains(i.name()) && i.arguments().stream().anyMatch(a -> a.createdAt(site.get().pc())));
    return forEach ? Optional.of(new Range(0, Integer.MAX_VALUE)) : Optional.empty();
  }

  private boolean hasMultiInvocationTests(JavaClass javaClass) {
    for (Method method : javaClass.getMethods()) {
      if (multiInvocation(javaClass, method).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** What kind of many-times-run test {@code method} is, for messages, if it is one. */
  public Optional<String> multiInvocation(JavaClass javaClass, Method method) {
    List<String> annotations = Annotations.of(method);
    for (String annotation : annotations) {
      if (ResourceVocabulary.MULTI_INVOCATION_TEST_ANNOTATIONS.contains(annotation)) {
        return Optional.of(switch (Classes.simpleName(annotation)) {
          case "RepeatedTest" -> "a repeated test";
          case "TestFactory" -> "a dynamic test";
          case "TestTemplate" -> "a test template";
          case "Theory" -> "a theory";
          default -> "a parameterized test";
        });
      }
    }
    if (annotations.contains(ResourceVocabulary.TESTNG_TEST)) {
      boolean dataProvider =
          Annotations.value(method, ResourceVocabulary.TESTNG_TEST, "dataProvider").map(ElementValue::stringifyValue)
              .filter(v -> !v.isEmpty()).isPresent();
      if (dataProvider) {
        return Optional.of("a data-provider test");
      }
      boolean invocationCount =
          Annotations.value(method, ResourceVocabulary.TESTNG_TEST, "invocationCount").map(ElementValue::stringifyValue)
              .map(InvocationContexts::intOrZero).filter(count -> count > 1).isPresent();
      if (invocationCount) {
        return Optional.of("a test with an invocationCount");
      }
    }
    if (Lifecycle.isTest(method) && runsWithParameterizingRunner(javaClass.getClassName())) {
      return Optional.of("a parameterized JUnit 4 test");
    }
    return Optional.empty();
  }

  /** {@code @RunWith(Parameterized.class)} (or Theories, JUnitParams) on the class or a superclass ({@code @RunWith} is inherited). */
  private boolean runsWithParameterizingRunner(String className) {
    for (String name : program.classes().supertypesAndSelf(className).names()) {
      Optional<JavaClass> javaClass = program.classes().load(name);
      if (javaClass.isPresent()
          && Annotations.value(javaClass.get(), RUN_WITH, "value")
              .filter(ClassElementValue.class::isInstance)
              .flatMap(v -> Classes.classOfDescriptor(((ClassElementValue) v).getClassString()))
              .filter(ResourceVocabulary.MULTI_INVOCATION_RUNNERS::contains)
              .isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static int intOrZero(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
