package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.testleak.catalogue.LifecycleVocabulary;
import dev.testleak.catalogue.LifecycleVocabulary.Callback;
import dev.testleak.catalogue.LifecycleVocabulary.HookAnnotation;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lifecycle hooks: which methods JUnit 3/4/5 and TestNG run before or after tests, with which
 * scope, and which hooks run around the code of a given class.
 *
 * <p>A method is a hook when it carries a hook annotation or overrides a framework callback (e.g.
 * {@code AfterEachCallback.afterEach}); a method merely named like one is not. Hooks are inherited
 * from superclasses and superinterfaces, and an enclosing class's hooks run around the code of its
 * nested classes (JUnit 5 {@code @Nested}).
 */
public final class Lifecycle {
  /** A hook's scope and phase. */
  public record Hook(Scope scope, Phase phase) {
    public boolean isTeardown() {
      return phase == Phase.TEARDOWN;
    }

    public boolean isClassLevelSetup() {
      return phase == Phase.SETUP && scope == Scope.PER_CLASS;
    }
  }

  private Lifecycle() {}

  /** The hook {@code method} is, if it is one. */
  public static Optional<Hook> hookOf(MethodSymbol method, VisitorState state) {
    try {
      for (var annotation : method.getRawAttributes()) {
        if (annotation.type != null && annotation.type.tsym instanceof ClassSymbol type) {
          Optional<HookAnnotation> hook =
              LifecycleVocabulary.hookAnnotation(type.flatName().toString());
          if (hook.isPresent()) {
            return Optional.of(new Hook(hook.get().scope(), hook.get().phase()));
          }
        }
      }
      if (method.isStatic() || method.isConstructor()) {
        return Optional.empty();
      }
      String name = method.getSimpleName().toString();
      List<Callback> candidates =
          LifecycleVocabulary.CALLBACKS.stream().filter(c -> c.methodName().equals(name)).toList();
      if (candidates.isEmpty()) {
        return Optional.empty();
      }
      for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, state.getTypes())) {
        String owner = ((ClassSymbol) overridden.owner).flatName().toString();
        for (Callback callback : candidates) {
          if (callback.ownerType().equals(owner)) {
            return Optional.of(new Hook(callback.scope(), callback.phase()));
          }
        }
      }
    } catch (CompletionFailure e) {
      // A supertype missing from the classpath: not a hook we can recognise.
    }
    return Optional.empty();
  }

  /** The methods {@code clazz} itself declares that are hooks of the given phase. */
  public static List<MethodSymbol> declaredHooks(ClassSymbol clazz, Phase phase, VisitorState state) {
    List<MethodSymbol> hooks = new ArrayList<>();
    try {
      for (Symbol member : clazz.getEnclosedElements()) {
        if (member instanceof MethodSymbol method
            && hookOf(method, state).filter(h -> h.phase() == phase).isPresent()) {
          hooks.add(method);
        }
      }
    } catch (CompletionFailure e) {
      // Nothing known about a class missing from the classpath.
    }
    return hooks;
  }

  /**
   * The classes whose hooks run around code of {@code clazz}: the class, its enclosing classes
   * (JUnit 5 runs an enclosing class's hooks around its {@code @Nested} classes), and all their
   * superclasses and superinterfaces; innermost first.
   */
  public static Set<ClassSymbol> classesAround(ClassSymbol clazz, VisitorState state) {
    Set<ClassSymbol> result = new LinkedHashSet<>();
    for (ClassSymbol c : enclosingClasses(clazz)) {
      result.addAll(supertypes(c, state));
    }
    return result;
  }

  /** {@code clazz} and the classes enclosing it (through methods, for local and anonymous ones). */
  public static List<ClassSymbol> enclosingClasses(ClassSymbol clazz) {
    List<ClassSymbol> result = new ArrayList<>();
    for (ClassSymbol c = clazz; c != null; c = c.owner == null ? null : c.owner.enclClass()) {
      result.add(c);
    }
    return result;
  }

  /** {@code clazz} and all its superclasses and superinterfaces, the class itself first. */
  public static Set<ClassSymbol> supertypes(ClassSymbol clazz, VisitorState state) {
    Set<ClassSymbol> result = new LinkedHashSet<>();
    result.add(clazz);
    try {
      for (Type type : state.getTypes().closure(clazz.type)) {
        if (type.tsym instanceof ClassSymbol c) {
          result.add(c);
        }
      }
    } catch (CompletionFailure e) {
      // Keep what is known.
    }
    return result;
  }

  /** True for classes whose class-level hooks run once per concrete subclass. */
  public static boolean isAbstract(ClassSymbol clazz) {
    return (clazz.flags() & (Flags.ABSTRACT | Flags.INTERFACE)) != 0;
  }
}
