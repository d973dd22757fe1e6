package dev.testleak.spotbugs.support;

import dev.testleak.catalogue.LifecycleVocabulary;
import dev.testleak.catalogue.LifecycleVocabulary.Callback;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** True if {@code method} is a teardown hook. */
  public boolean isTeardown(JavaClass owner, Method method) {
    return hook(owner, method).map(h -> h.phase() == Phase.TEARDOWN).orElse(false);
  }
}
