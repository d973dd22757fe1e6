package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.testleak.catalogue.GlobalStateVocabulary;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Process-wide singletons as docs/rules/SingletonStateNotRestored.md defines them, by structure
 * only: a static parameterless method returning its declaring class, a {@code static final} field
 * of its declaring (or that class's enclosing) class's type, a constant of a one-constant enum, or
 * a local assigned once from one of those.
 */
public final class Singletons {
  private Singletons() {}

  /**
   * Packages whose singletons are not this rule's: the JDK's process-wide settings are
   * JvmSettingNotRestored's, and its {@code getInstance()} factories ({@code Calendar}, {@code
   * MessageDigest}) return fresh objects.
   */
  private static final Set<String> JDK_PACKAGE_PREFIXES =
      Set.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  /** A singleton: its class, and how messages name it ({@code Registry.getInstance()}). */
  public record Singleton(ClassSymbol clazz, String display) {}

  /** The singleton {@code expression} yields, if it yields one. */
  public static Optional<Singleton> of(@Nullable ExpressionTree expression, VisitorState state) {
    ExpressionTree e = ASTHelpers.stripParentheses(expression);
    if (e instanceof MethodInvocationTree call) {
      return ASTHelpers.getSymbol(call) instanceof MethodSymbol method
              && method.isStatic()
              && method.getParameters().isEmpty()
              && method.owner instanceof ClassSymbol owner
              && method.getReturnType().tsym == owner
          ? singleton(owner, owner.getSimpleName() + "." + method.getSimpleName() + "()")
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
          ? singleton(owner, owner.getSimpleName() + "." + v.getSimpleName())
          : Optional.empty();
    }
    if (v.getKind() == ElementKind.FIELD
        && v.isStatic()
        && (v.flags() & Flags.FINAL) != 0
        && v.owner instanceof ClassSymbol owner
        && v.type.tsym instanceof ClassSymbol type
        && (type == owner || type == owner.owner)) {
      return singleton(type, owner.getSimpleName() + "." + v.getSimpleName());
    }
    if (v.getKind() == ElementKind.LOCAL_VARIABLE
        && (v.flags() & (Flags.FINAL | Flags.EFFECTIVELY_FINAL)) != 0) {
      return initializer(v, state).flatMap(init -> of(init, state));
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

  private static Optional<Singleton> singleton(ClassSymbol clazz, String display) {
    String name = clazz.flatName().toString();
    return JDK_PACKAGE_PREFIXES.stream().anyMatch(name::startsWith)
        ? Optional.empty()
        : Optional.of(new Singleton(clazz, display));
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

  /** The initializer of the local {@code variable}, read from its method's declaration. */
  private static Optional<ExpressionTree> initializer(VarSymbol variable, VisitorState state) {
    MethodTree method =
        variable.owner instanceof MethodSymbol owner ? CallGraph.declaration(owner, state) : null;
    ExpressionTree[] found = new ExpressionTree[1];
    if (method != null) {
      CallGraph.contains(
          method,
          t -> {
            if (t instanceof VariableTree declaration
                && variable.equals(ASTHelpers.getSymbol(declaration))) {
              found[0] = declaration.getInitializer();
              return true;
            }
            return false;
          });
    }
    return Optional.ofNullable(found[0]);
  }
}
