package dev.testleak.pmd.support;

import dev.testleak.catalogue.LifecycleVocabulary;
import dev.testleak.catalogue.LifecycleVocabulary.Callback;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.symbols.AnnotableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JMethodSymbol;
import net.sourceforge.pmd.lang.java.symbols.SymbolicValue.SymAnnot;
import net.sourceforge.pmd.lang.java.symbols.SymbolicValue.SymEnum;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.Substitution;
import net.sourceforge.pmd.lang.java.types.TypeOps;

/**
 * Lifecycle hooks of JUnit 3/4/5 and TestNG, decided on method symbols (so they work for methods of
 * the analysed file and for methods of classes on the auxclasspath alike): by a hook annotation of
 * {@link LifecycleVocabulary#HOOK_ANNOTATIONS}, or by overriding a framework callback of {@link
 * LifecycleVocabulary#CALLBACKS}. A method merely named like a callback is not a hook.
 */
public final class Hooks {
  private Hooks() {}

  /**
   * What makes a method a hook: its scope and phase, and the annotation's binary name (empty for a
   * callback override), or the overridden callback as {@code owner#method} (empty for an annotation).
   */
  public record Hook(Scope scope, Phase phase, String annotation, String callback) {
    public boolean byAnnotation() {
      return !annotation.isEmpty();
    }

    public boolean isTeardown() {
      return phase == Phase.TEARDOWN;
    }

    public boolean isPerTest() {
      return scope == Scope.PER_TEST;
    }

    public boolean isPerTestSetup() {
      return scope == Scope.PER_TEST && phase == Phase.SETUP;
    }

    public boolean isClassLevelSetup() {
      return scope == Scope.PER_CLASS && phase == Phase.SETUP;
    }

    /** How messages name it: {@code @BeforeAll}, or {@code BeforeAllCallback.beforeAll}. */
    public String display() {
      return byAnnotation() ? "@" + simpleName(annotation) : simpleName(callbackOwner()) + "." + callbackMethod();
    }

    /**
     * The hook of the same framework with the given scope and phase, as messages name it: for
     * TestNG's {@code @BeforeClass} and PER_TEST/SETUP, {@code @BeforeMethod}; for a class-level
     * set-up and PER_CLASS/TEARDOWN its own counterpart ({@code @BeforeSuite} gives {@code
     * @AfterSuite}); for {@code ExternalResource.before} and PER_TEST/TEARDOWN {@code
     * ExternalResource.after}.
     */
    public String counterpart(Scope wantedScope, Phase wantedPhase) {
      if (!byAnnotation()) {
        String owner = callbackOwner();
        String pkg = packageOf(owner);
        return LifecycleVocabulary.CALLBACKS.stream()
            .filter(c -> c.scope() == wantedScope && c.phase() == wantedPhase && packageOf(c.ownerType()).equals(pkg))
            .sorted(java.util.Comparator.comparing(c -> !c.ownerType().equals(owner)))
            .map(c -> simpleName(c.ownerType()) + "." + c.methodName())
            .findFirst()
            .orElse(display());
      }
      if (wantedScope == scope && wantedPhase != phase) {
        String mirrored = phase == Phase.SETUP ? annotation.replace(".Before", ".After") : annotation.replace(".After", ".Before");
        if (LifecycleVocabulary.hookAnnotation(mirrored).isPresent()) {
          return "@" + simpleName(mirrored);
        }
      }
      String pkg = packageOf(annotation);
      return LifecycleVocabulary.HOOK_ANNOTATIONS.stream()
          .filter(h -> packageOf(h.annotationType()).equals(pkg) && h.scope() == wantedScope && h.phase() == wantedPhase)
          .map(h -> "@" + simpleName(h.annotationType()))
          .findFirst()
          .orElse(display());
    }

    private String callbackOwner() {
      return callback.substring(0, callback.indexOf('#'));
    }

    private String callbackMethod() {
      return callback.substring(callback.indexOf('#') + 1);
    }

    private static String packageOf(String binaryName) {
      return binaryName.substring(0, Math.max(0, binaryName.lastIndexOf('.')));
    }

    private static String simpleName(String binaryName) {
      String name = binaryName.substring(binaryName.lastIndexOf('.') + 1);
      return name.substring(name.lastIndexOf('$') + 1);
    }
  }

  /** The hook the method is, if it is one. */
  public static Optional<Hook> hookOf(JMethodSymbol method) {
    for (SymAnnot annotation : method.getDeclaredAnnotations()) {
      Optional<LifecycleVocabulary.HookAnnotation> hook =
          LifecycleVocabulary.hookAnnotation(annotation.getBinaryName());
      if (hook.isPresent()) {
        return Optional.of(new Hook(hook.get().scope(), hook.get().phase(), annotation.getBinaryName(), ""));
      }
    }
    return overriddenCallback(method)
        .map(c -> new Hook(c.scope(), c.phase(), "", c.ownerType() + "#" + c.methodName()));
  }

  /**
   * True if JUnit 5 keeps one instance of the class for all its tests: {@code
   * @TestInstance(PER_CLASS)} on it or a superclass (the annotation is inherited).
   */
  public static boolean instancePerClass(JClassSymbol type) {
    for (JClassSymbol c : TypeHierarchy.selfAndSupertypes(type)) {
      SymAnnot testInstance = c.isUnresolved() ? null : annotation(c, TEST_INSTANCE);
      if (testInstance != null
          && testInstance.getAttribute("value") instanceof SymEnum
          && testInstance.getAttribute("value").toString().endsWith("PER_CLASS")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The class-level teardown annotation of the framework whose tests or hooks a class has, as
   * messages name it ({@code @AfterAll}, {@code @AfterClass}); {@code @AfterAll} when none is found.
   */
  public static String classTeardownOf(JClassSymbol type) {
    for (JClassSymbol c : hookClassesAround(type)) {
      if (c.isUnresolved()) {
        continue;
      }
      for (JMethodSymbol method : c.getDeclaredMethods()) {
        for (SymAnnot annotation : method.getDeclaredAnnotations()) {
          String name = annotation.getBinaryName();
          String pkg = name.substring(0, Math.max(0, name.lastIndexOf('.') + 1));
          boolean frameworkHasHooks = LifecycleVocabulary.HOOK_ANNOTATIONS.stream()
              .anyMatch(h -> h.annotationType().startsWith(pkg) && h.annotationType().indexOf('.', pkg.length()) < 0);
          if (LifecycleVocabulary.isLifecycleAnnotation(name) && frameworkHasHooks) {
            return new Hook(Scope.PER_CLASS, Phase.SETUP, name, "").counterpart(Scope.PER_CLASS, Phase.TEARDOWN);
          }
        }
      }
    }
    return "@AfterAll";
  }

  private static final String TEST_INSTANCE = "org.junit.jupiter.api.TestInstance";

  /** True if the method carries a test annotation ({@link LifecycleVocabulary#TEST_ANNOTATIONS}). */
  public static boolean isTest(JMethodSymbol method) {
    return hasAnnotation(method, LifecycleVocabulary.TEST_ANNOTATIONS);
  }

  /** True if the symbol carries one of the annotations (binary names). */
  public static boolean hasAnnotation(AnnotableSymbol symbol, Set<String> annotationTypes) {
    for (SymAnnot annotation : symbol.getDeclaredAnnotations()) {
      if (annotationTypes.contains(annotation.getBinaryName())) {
        return true;
      }
    }
    return false;
  }

  /** The annotation of the symbol with the given binary name, or null. */
  public static SymAnnot annotation(AnnotableSymbol symbol, String annotationType) {
    for (SymAnnot annotation : symbol.getDeclaredAnnotations()) {
      if (annotation.getBinaryName().equals(annotationType)) {
        return annotation;
      }
    }
    return null;
  }

  /** True if the method is a teardown hook (annotation or callback override). */
  public static boolean isTeardown(JMethodSymbol method) {
    return hookOf(method).filter(h -> h.phase() == Phase.TEARDOWN).isPresent();
  }

  /**
   * True if the method carries a class-level set-up annotation ({@code @BeforeAll}, JUnit 4 and
   * TestNG {@code @BeforeClass}, TestNG {@code @BeforeSuite/@BeforeTest/@BeforeGroups}). Callbacks
   * such as {@code BeforeAllCallback.beforeAll} are not included: an extension runs them for every
   * class that uses it.
   */
  public static boolean isClassSetupAnnotated(JMethodSymbol method) {
    return hookOf(method)
        .filter(h -> h.byAnnotation() && h.scope() == Scope.PER_CLASS && h.phase() == Phase.SETUP)
        .isPresent();
  }

  /** The hooks a class declares itself (not inherited ones) that {@code which} accepts. */
  public static List<JMethodSymbol> declared(JClassSymbol type, Predicate<Hook> which) {
    List<JMethodSymbol> result = new ArrayList<>();
    for (JMethodSymbol method : type.getDeclaredMethods()) {
      if (hookOf(method).filter(which).isPresent()) {
        result.add(method);
      }
    }
    return result;
  }

  /**
   * The classes whose hooks run around the tests of {@code type}: the class, its enclosing classes
   * (JUnit 5 {@code @Nested}), and the superclasses and superinterfaces of all of these.
   */
  public static Set<JClassSymbol> hookClassesAround(JClassSymbol type) {
    Set<JClassSymbol> result = new LinkedHashSet<>();
    for (JClassSymbol c : TypeHierarchy.selfAndEnclosing(type)) {
      result.addAll(TypeHierarchy.selfAndSupertypes(c));
    }
    return result;
  }

  /**
   * The framework callback the method overrides, if any. The method must be an instance method of a
   * strict subtype of the callback's owner with the callback's name and erased parameter types; when
   * the owner type is not on the auxclasspath, name and supertype name decide.
   */
  public static Optional<Callback> overriddenCallback(JMethodSymbol method) {
    if (method.isStatic()) {
      return Optional.empty();
    }
    Set<String> supertypes = null;
    for (Callback callback : LifecycleVocabulary.CALLBACKS) {
      if (!method.nameEquals(callback.methodName())) {
        continue;
      }
      if (supertypes == null) {
        supertypes = TypeHierarchy.supertypeNames(method.getEnclosingClass());
      }
      if (!supertypes.contains(callback.ownerType())) {
        continue;
      }
      JClassSymbol owner = method.getTypeSystem().getClassSymbol(callback.ownerType());
      if (owner == null || owner.isUnresolved() || overridesSome(method, owner)) {
        return Optional.of(callback);
      }
    }
    return Optional.empty();
  }

  private static boolean overridesSome(JMethodSymbol method, JClassSymbol owner) {
    List<JTypeMirror> params = method.getFormalParameterTypes(Substitution.EMPTY);
    for (JMethodSymbol candidate : owner.getDeclaredMethods()) {
      if (candidate.nameEquals(method.getSimpleName())
          && !candidate.isStatic()
          && sameErasures(params, candidate.getFormalParameterTypes(Substitution.EMPTY))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameErasures(List<JTypeMirror> a, List<JTypeMirror> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!TypeOps.isSameType(a.get(i).getErasure(), b.get(i).getErasure())) {
        return false;
      }
    }
    return true;
  }
}
