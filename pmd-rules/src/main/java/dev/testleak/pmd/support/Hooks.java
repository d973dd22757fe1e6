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
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JMethodSymbol;
import net.sourceforge.pmd.lang.java.symbols.SymbolicValue.SymAnnot;
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

  /** What makes a method a hook: its scope and phase. */
  public record Hook(Scope scope, Phase phase, boolean byAnnotation) {}

  /** The hook the method is, if it is one. */
  public static Optional<Hook> hookOf(JMethodSymbol method) {
    for (SymAnnot annotation : method.getDeclaredAnnotations()) {
      Optional<LifecycleVocabulary.HookAnnotation> hook =
          LifecycleVocabulary.hookAnnotation(annotation.getBinaryName());
      if (hook.isPresent()) {
        return Optional.of(new Hook(hook.get().scope(), hook.get().phase(), true));
      }
    }
    return overriddenCallback(method).map(c -> new Hook(c.scope(), c.phase(), false));
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

  /** The teardown hooks a class declares itself (not inherited ones). */
  public static List<JMethodSymbol> declaredTeardowns(JClassSymbol type) {
    List<JMethodSymbol> result = new ArrayList<>();
    for (JMethodSymbol method : type.getDeclaredMethods()) {
      if (isTeardown(method)) {
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
