package dev.testleak.spotbugs.support;

import dev.testleak.catalogue.LifecycleVocabulary;
import dev.testleak.catalogue.LifecycleVocabulary.Callback;
import dev.testleak.catalogue.LifecycleVocabulary.HookAnnotation;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import dev.testleak.catalogue.ResourceVocabulary;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/**
 * What JUnit 3/4/5 and TestNG make of a class file: whether it is test code (docs/test-code.md) and
 * which of its methods are lifecycle hooks. Built on {@link LifecycleVocabulary}, shared with the
 * other engines; decided by annotations, framework supertypes and the code base, never by names of
 * user classes or methods.
 */
public final class Lifecycle {
  /**
   * Containers javac writes when a repeatable class annotation is repeated: two {@code @ExtendWith}
   * become one {@code @Extensions} in the class file.
   */
  private static final Map<String, String> REPEATABLE_CONTAINERS =
      Map.of("org.junit.jupiter.api.extension.Extensions", "org.junit.jupiter.api.extension.ExtendWith");

  private static final String TEST_INSTANCE = "org.junit.jupiter.api.TestInstance";
  private static final String TESTNG_PACKAGE = "org.testng.annotations.";
  private static final String TESTNG_TEST = TESTNG_PACKAGE + "Test";
  private static final String JUNIT3_TEST_CASE = "junit.framework.TestCase";
  /**
   * Field annotations by which the framework drives the value's lifecycle: JUnit 5 closes an
   * {@code @AutoClose} field ({@link ResourceVocabulary#MANAGED_FIELD_ANNOTATIONS}); JUnit 4 applies
   * a {@code @Rule} around every test and JUnit 5 calls a {@code @RegisterExtension}'s callbacks, so
   * the value's own teardown runs after every test.
   */
  private static final Set<String> FRAMEWORK_DRIVEN_FIELDS =
      Stream.concat(
              ResourceVocabulary.MANAGED_FIELD_ANNOTATIONS.stream(),
              ResourceVocabulary.FRAMEWORK_DRIVEN_FIELD_ANNOTATIONS.stream())
          .collect(Collectors.toUnmodifiableSet());

  /** A lifecycle hook: when it runs. */
  public record Hook(Scope scope, Phase phase) {}

  private final Classes classes;
  private final TestCodebasePattern testCodebasePattern;
  private final Map<String, Boolean> testCode = new HashMap<>();

  public Lifecycle(Classes classes, TestCodebasePattern testCodebasePattern) {
    this.classes = classes;
    this.testCodebasePattern = testCodebasePattern;
  }

  /**
   * True if {@code className} is test code: its code base matches the test code base pattern, or it
   * (or an enclosing class, or a supertype) uses lifecycle annotations, or it is a framework type.
   */
  public boolean isTestCode(String className) {
    return testCode.computeIfAbsent(className, this::decideTestCode);
  }

  private boolean decideTestCode(String className) {
    if (classes.codeBase(className).map(testCodebasePattern::matches).orElse(false)) {
      return true;
    }
    Set<String> selfAndEnclosing = new LinkedHashSet<>();
    selfAndEnclosing.add(className);
    selfAndEnclosing.addAll(classes.enclosingClasses(className));
    Set<String> declaringMembers = new LinkedHashSet<>(selfAndEnclosing);
    declaringMembers.addAll(classes.supertypesAndSelf(className).names());
    for (String name : declaringMembers) {
      Optional<JavaClass> javaClass = classes.load(name);
      if (javaClass.isPresent() && declaresLifecycleMember(javaClass.get())) {
        return true;
      }
    }
    for (String name : selfAndEnclosing) {
      Optional<JavaClass> javaClass = classes.load(name);
      if (javaClass.isPresent() && hasTestClassAnnotation(javaClass.get())) {
        return true;
      }
    }
    for (String frameworkType : LifecycleVocabulary.TEST_FRAMEWORK_TYPES) {
      if (classes.isSubtype(className, frameworkType)) {
        return true;
      }
    }
    return false;
  }

  private static boolean declaresLifecycleMember(JavaClass javaClass) {
    for (Method method : javaClass.getMethods()) {
      if (Annotations.of(method).stream().anyMatch(LifecycleVocabulary::isLifecycleAnnotation)) {
        return true;
      }
    }
    for (Field field : javaClass.getFields()) {
      if (Annotations.of(field).stream().anyMatch(LifecycleVocabulary.RULE_FIELD_ANNOTATIONS::contains)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTestClassAnnotation(JavaClass javaClass) {
    for (String annotation : Annotations.of(javaClass)) {
      String effective = REPEATABLE_CONTAINERS.getOrDefault(annotation, annotation);
      if (LifecycleVocabulary.TEST_CLASS_ANNOTATIONS.contains(effective)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The hook {@code method} of {@code owner} is, if any: it carries a hook annotation, or it overrides
   * a framework callback (same name, non-static, in a proper subtype of the callback's type). A method
   * merely named like a callback in a class that does not extend the framework type is no hook.
   */
  public Optional<Hook> hook(JavaClass owner, Method method) {
    for (String annotation : Annotations.of(method)) {
      Optional<LifecycleVocabulary.HookAnnotation> hook = LifecycleVocabulary.hookAnnotation(annotation);
      if (hook.isPresent()) {
        return Optional.of(new Hook(hook.get().scope(), hook.get().phase()));
      }
    }
    if (method.isStatic() || method.isAbstract() || method.isSynthetic() || (method.getAccessFlags() & org.apache.bcel.Const.ACC_BRIDGE) != 0) {
      return Optional.empty();
    }
    for (Callback callback : LifecycleVocabulary.CALLBACKS) {
      if (callback.methodName().equals(method.getName())
          && !owner.getClassName().equals(callback.ownerType())
          && classes.isSubtype(owner.getClassName(), callback.ownerType())) {
        return Optional.of(new Hook(callback.scope(), callback.phase()));
      }
    }
    return Optional.empty();
  }

  /** True if the framework drives the lifecycle of {@code field}'s value ({@link #FRAMEWORK_DRIVEN_FIELDS}). */
  public static boolean drivenByFramework(Field field) {
    return Annotations.of(field).stream().anyMatch(FRAMEWORK_DRIVEN_FIELDS::contains);
  }

  /** True if {@code method} carries a test annotation ({@code @Test}, {@code @ParameterizedTest}, ...). */
  public static boolean isTest(Method method) {
    return Annotations.of(method).stream().anyMatch(LifecycleVocabulary.TEST_ANNOTATIONS::contains);
  }

  /**
   * True if the tests of {@code javaClass} need no annotation, so that {@link #isTest} does not find
   * them all: a JUnit 3 {@code TestCase} (its {@code test*} methods) or a class carrying TestNG's
   * class-level {@code @Test} (its public methods).
   */
  public boolean testsNeedNoAnnotation(JavaClass javaClass) {
    return classes.isSubtype(javaClass.getClassName(), JUNIT3_TEST_CASE)
        || Annotations.of(javaClass).contains(TESTNG_TEST);
  }

  /** The hook annotation {@code method} carries, if any. */
  public static Optional<HookAnnotation> hookAnnotation(Method method) {
    for (String annotation : Annotations.of(method)) {
      Optional<HookAnnotation> hook = LifecycleVocabulary.hookAnnotation(annotation);
      if (hook.isPresent()) {
        return hook;
      }
    }
    return Optional.empty();
  }

  /**
   * How messages name the hook {@code method} is: {@code @BeforeAll} for an annotated hook,
   * {@code BeforeAllCallback.beforeAll} for an overridden framework callback.
   */
  public String describeHook(JavaClass owner, Method method) {
    Optional<HookAnnotation> annotation = hookAnnotation(method);
    if (annotation.isPresent()) {
      return "@" + Classes.simpleName(annotation.get().annotationType());
    }
    for (Callback callback : LifecycleVocabulary.CALLBACKS) {
      if (callback.methodName().equals(method.getName()) && classes.isSubtype(owner.getClassName(), callback.ownerType())) {
        return Classes.simpleName(callback.ownerType()) + "." + callback.methodName();
      }
    }
    return method.getName();
  }

  /**
   * The hook annotation of the same framework as {@code annotation} (same package) with the given
   * scope and phase, as messages name it ({@code @BeforeEach} for {@code @BeforeAll}).
   */
  public static String counterpart(HookAnnotation annotation, Scope scope, Phase phase) {
    String framework = packageOf(annotation.annotationType());
    return LifecycleVocabulary.HOOK_ANNOTATIONS.stream()
        .filter(h -> h.scope() == scope && h.phase() == phase && packageOf(h.annotationType()).equals(framework))
        .findFirst()
        .map(h -> "@" + Classes.simpleName(h.annotationType()))
        .or(() -> LifecycleVocabulary.HOOK_ANNOTATIONS.stream().filter(h -> h.scope() == scope && h.phase() == phase).findFirst()
            .map(h -> "@" + Classes.simpleName(h.annotationType())))
        .orElseThrow();
  }

  /**
   * The framework the class's lifecycle annotations come from, as a hook annotation of it, if its
   * methods (or inherited ones) carry any: used to name the teardown a message suggests.
   */
  public Optional<HookAnnotation> frameworkOf(String className) {
    for (String name : classes.supertypesAndSelf(className).names()) {
      Optional<JavaClass> javaClass = classes.load(name);
      if (javaClass.isEmpty()) {
        continue;
      }
      for (Method method : javaClass.get().getMethods()) {
        for (String annotation : Annotations.of(method)) {
          if (LifecycleVocabulary.isLifecycleAnnotation(annotation)) {
            String framework = packageOf(annotation);
            Optional<HookAnnotation> hook =
                LifecycleVocabulary.HOOK_ANNOTATIONS.stream().filter(h -> packageOf(h.annotationType()).equals(framework)).findFirst();
            if (hook.isPresent()) {
              return hook;
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * True if the framework creates one instance of {@code className} for all its tests, so that its
   * instance fields live as long as the class: JUnit 5 {@code @TestInstance(PER_CLASS)} (on it or an
   * enclosing class), or a TestNG class.
   */
  public boolean oneInstancePerClass(String className) {
    Set<String> owners = new LinkedHashSet<>(classes.supertypesAndSelf(className).names());
    for (String name : owners) {
      Optional<JavaClass> javaClass = classes.load(name);
      if (javaClass.isEmpty()) {
        continue;
      }
      if (Annotations.enumValue(javaClass.get(), TEST_INSTANCE, "value").filter("PER_CLASS"::equals).isPresent()) {
        return true;
      }
      if (Annotations.of(javaClass.get()).stream().anyMatch(a -> a.startsWith(TESTNG_PACKAGE))) {
        return true;
      }
      for (Method method : javaClass.get().getMethods()) {
        if (Annotations.of(method).stream().anyMatch(a -> a.startsWith(TESTNG_PACKAGE))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String packageOf(String className) {
    return className.substring(0, Math.max(0, className.lastIndexOf('.')));
  }

  /** True if {@code method} is a teardown hook. */
  public boolean isTeardown(JavaClass owner, Method method) {
    return hook(owner, method).map(h -> h.phase() == Phase.TEARDOWN).orElse(false);
  }
}
