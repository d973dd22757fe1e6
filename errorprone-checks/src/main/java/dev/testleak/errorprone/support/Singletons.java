package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.testleak.catalogue.ContainerVocabulary;
import dev.testleak.catalogue.GlobalStateVocabulary;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Process-wide singletons as docs/rules/SingletonStateNotRestored.md defines them, by structure
 * only: a static parameterless method returning its declaring class when a static field keeps the
 * instance, a {@code static final} field of its declaring (or that class's enclosing) class's type,
 * a constant of a one-constant enum, or a local assigned once from one of those; in every form the
 * class must have mutable instance state.
 *
 * <p>An instance remembers what it learnt about classes; create one per compilation unit ({@link
 * PerUnit}).
 */
public final class Singletons {
  /**
   * Packages whose singletons are not this rule's: the JDK's process-wide settings are
   * JvmSettingNotRestored's, and its {@code getInstance()} factories ({@code Calendar}, {@code
   * MessageDigest}) return fresh objects.
   */
  private static final Set<String> JDK_PACKAGE_PREFIXES =
      Set.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  /** Its cached hash code (JDK 21+) is no state of an enum constant. */
  private static final String ENUM = "java.lang.Enum";

  /** A singleton: its class, and how messages name it ({@code Registry.getInstance()}). */
  public record Singleton(ClassSymbol clazz, String display) {}

  private final Locals locals;
  private final Map<ClassSymbol, Boolean> keepsInstance = new HashMap<>();
  private final Map<ClassSymbol, Boolean> hasMutableState = new HashMap<>();

  private Singletons(Locals locals) {
    this.locals = locals;
  }

  /** The singletons of the compilation unit {@code state} is in. */
  public static Singletons of(VisitorState state) {
    return new Singletons(Locals.of(state));
  }

  /** The singleton {@code expression} yields, if it yields one. */
  public Optional<Singleton> yieldedBy(@Nullable ExpressionTree expression, VisitorState state) {
    ExpressionTree e = ASTHelpers.stripParentheses(expression);
    if (e instanceof MethodInvocationTree call) {
      return ASTHelpers.getSymbol(call) instanceof MethodSymbol method
              && method.isStatic()
              && method.getParameters().isEmpty()
              && method.owner instanceof ClassSymbol owner
              && method.getReturnType().tsym == owner
              && keepsInstance(owner, state)
          ? singleton(owner, owner.getSimpleName() + "." + method.getSimpleName() + "()", state)
          : Optional.empty();
    }
    Optional<VarSymbol> variable = Calls.variable(e);
    if (variable.isEmpty()) {
      return Optional.empty();
    }
    VarSymbol v = variable.get();
    if (v.getKind() == ElementKind.ENUM_CONSTANT) {
      ClassSymbol owner = (ClassSymbol) v.owner;
      return constantCount(owner) == 1
          ? singleton(owner, owner.getSimpleName() + "." + v.getSimpleName(), state)
          : Optional.empty();
    }
    if (v.getKind() == ElementKind.FIELD
        && v.isStatic()
        && (v.flags() & Flags.FINAL) != 0
        && v.owner instanceof ClassSymbol owner
        && v.type.tsym instanceof ClassSymbol type
        && (type == owner || type == owner.owner)) {
      return singleton(type, owner.getSimpleName() + "." + v.getSimpleName(), state);
    }
    if (v.getKind() == ElementKind.LOCAL_VARIABLE) {
      return locals.assignedOnce(v, state).flatMap(init -> yieldedBy(init, state));
    }
    return Optional.empty();
  }

  /**
   * True if {@code name} follows the singleton API's mutator conventions ({@code setX}, {@code
   * register}).
   */
  public static boolean isMutator(String name) {
    return hasPrefix(name, GlobalStateVocabulary.SINGLETON_MUTATOR_PREFIXES);
  }

  /** True if {@code name} follows the restorer conventions ({@code unregister}, {@code resetX}). */
  public static boolean isRestorer(String name) {
    return hasPrefix(name, GlobalStateVocabulary.SINGLETON_RESTORER_PREFIXES);
  }

  private static boolean hasPrefix(String name, Set<String> prefixes) {
    for (String prefix : prefixes) {
      if (name.equals(prefix)
          || (name.startsWith(prefix) && !Character.isLowerCase(name.charAt(prefix.length())))) {
        return true;
      }
    }
    return false;
  }

  private Optional<Singleton> singleton(ClassSymbol clazz, String display, VisitorState state) {
    String name = clazz.flatName().toString();
    return JDK_PACKAGE_PREFIXES.stream().noneMatch(name::startsWith)
            && hasMutableState(clazz, state)
        ? Optional.of(new Singleton(clazz, display))
        : Optional.empty();
  }

  /**
   * True if {@code clazz} or one of its member classes declares a static field of {@code clazz}'s
   * type, where an accessor keeps the instance (a lazy field, the holder idiom). Without one, a
   * static parameterless method returning its class is a factory ({@code Builder.newLinux()}).
   */
  private boolean keepsInstance(ClassSymbol clazz, VisitorState state) {
    return keepsInstance.computeIfAbsent(
        clazz,
        c -> {
          try {
            if (declaresStaticFieldOf(c, c, state)) {
              return true;
            }
            for (Symbol member : c.getEnclosedElements()) {
              if (member instanceof ClassSymbol nested && declaresStaticFieldOf(nested, c, state)) {
                return true;
              }
            }
          } catch (CompletionFailure e) {
            // A class missing from the classpath shows no field.
          }
          return false;
        });
  }

  private static boolean declaresStaticFieldOf(
      ClassSymbol keeper, ClassSymbol clazz, VisitorState state) {
    for (Symbol member : keeper.getEnclosedElements()) {
      if (member instanceof VarSymbol field
          && field.getKind() == ElementKind.FIELD
          && field.isStatic()
          && state.getTypes().erasure(field.type).tsym == clazz) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if {@code clazz} or a superclass declares mutable instance state: a non-final instance
   * field, or a final one whose type is a growable container ({@link
   * ContainerVocabulary#GROWABLE_TYPES}) or an atomic ({@link GlobalStateVocabulary#ATOMIC_TYPES}).
   * A stateless singleton cannot carry a change from one test to the next.
   */
  private boolean hasMutableState(ClassSymbol clazz, VisitorState state) {
    return hasMutableState.computeIfAbsent(
        clazz,
        start -> {
          try {
            for (ClassSymbol c = start;
                c != null && !c.flatName().contentEquals(ENUM);
                c = superclass(c)) {
              for (Symbol member : c.getEnclosedElements()) {
                if (member instanceof VarSymbol field
                    && field.getKind() == ElementKind.FIELD
                    && !field.isStatic()
                    && ((field.flags() & Flags.FINAL) == 0 || isContainerOrAtomic(field, state))) {
                  return true;
                }
              }
            }
          } catch (CompletionFailure e) {
            // What is known of a class missing from the classpath shows no state.
          }
          return false;
        });
  }

  private static @Nullable ClassSymbol superclass(ClassSymbol clazz) {
    Type superclass = clazz.getSuperclass();
    return superclass != null && superclass.tsym instanceof ClassSymbol c ? c : null;
  }

  private static boolean isContainerOrAtomic(VarSymbol field, VisitorState state) {
    for (String name : Containers.supertypeNames(field.type, state)) {
      if (ContainerVocabulary.GROWABLE_TYPES.contains(name)
          || GlobalStateVocabulary.ATOMIC_TYPES.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static int constantCount(ClassSymbol enumClass) {
    int count = 0;
    try {
      for (Symbol member : enumClass.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT) {
          count++;
        }
      }
    } catch (CompletionFailure e) {
      return 0;
    }
    return count;
  }
}
