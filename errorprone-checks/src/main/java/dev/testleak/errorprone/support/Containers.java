package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.testleak.catalogue.ContainerVocabulary;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Containers that can grow (collections, maps, Guava multimaps and tables, string builders), the
 * calls that grow or empty them, and the initialisers that make them immutable or weak-keyed; the
 * vocabulary is the catalogue's {@link ContainerVocabulary}.
 */
public final class Containers {
  private Containers() {}

  /** The binary names of {@code type} and all its supertypes; empty for arrays and primitives. */
  public static Set<String> supertypeNames(@Nullable Type type, VisitorState state) {
    if (type == null || !(type.tsym instanceof ClassSymbol clazz) || type.isErroneous()) {
      return Set.of();
    }
    return Lifecycle.supertypes(clazz, state).stream()
        .map(c -> c.flatName().toString())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** True if a value of {@code type} is a container that can grow without bound. */
  public static boolean isGrowable(Set<String> supertypeNames) {
    return supertypeNames.stream().anyMatch(ContainerVocabulary.GROWABLE_TYPES::contains);
  }

  /** The kind word of a container type for messages ("list", "map", "StringBuilder", ...). */
  public static String kindOf(Set<String> supertypeNames) {
    return ContainerVocabulary.kindOf(supertypeNames);
  }

  /** True if the type is one of Guava's {@code Immutable*} collections (or their builders). */
  public static boolean isGuavaImmutable(@Nullable Symbol typeSymbol) {
    return typeSymbol instanceof ClassSymbol c
        && c.flatName().toString().startsWith(ContainerVocabulary.GUAVA_IMMUTABLE_PREFIX);
  }

  /** True if the field is a static field. Interface fields are implicitly static. */
  public static boolean isStaticField(@Nullable Symbol symbol) {
    return symbol instanceof VarSymbol v && v.getKind() == ElementKind.FIELD && v.isStatic();
  }

  /**
   * The variable a call grows: the receiver of {@code add}, {@code put}, {@code append}, ..., or
   * the first argument of {@code Collections.addAll}; empty when the call grows no variable.
   */
  public static Optional<VarSymbol> grownVariable(MethodInvocationTree call) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    if (method.isStatic()) {
      if (call.getArguments().isEmpty()
          || !(method.owner instanceof ClassSymbol owner)
          || !ContainerVocabulary.STATIC_GROW_METHODS.contains(owner.flatName() + "#" + name)) {
        return Optional.empty();
      }
      return Calls.variable(call.getArguments().get(0));
    }
    if (!ContainerVocabulary.GROW_METHODS.contains(name)) {
      return Optional.empty();
    }
    return Calls.receiverVariable(call);
  }

  /**
   * True if {@code call} removes elements from {@code variable} ({@code clear}, {@code poll}, ...).
   */
  public static boolean isShrinkCall(MethodInvocationTree call, VarSymbol variable) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    return method != null
        && !method.isStatic()
        && ContainerVocabulary.SHRINK_METHODS.contains(method.getSimpleName().toString())
        && Calls.receiverVariable(call).filter(variable::equals).isPresent();
  }

  /**
   * True if {@code tree} lets go of what {@code variable} holds: empties it, assigns it, or hands
   * it to another method or constructor (whose owner then decides its fate).
   */
  public static boolean releases(Tree tree, VarSymbol variable) {
    if (tree instanceof AssignmentTree assignment) {
      return variable.equals(ASTHelpers.getSymbol(assignment.getVariable()));
    }
    return (tree instanceof MethodInvocationTree call && isShrinkCall(call, variable))
        || Calls.passes(tree, variable);
  }

  /**
   * True if the initialiser makes an immutable or fixed-size container ({@code List.of}, {@code
   * Collections.unmodifiableList}, {@code Arrays.asList}, Guava {@code Immutable*} factories and
   * builders).
   */
  public static boolean isImmutableFactoryCall(@Nullable ExpressionTree initializer) {
    if (!(ASTHelpers.stripParentheses(initializer) instanceof MethodInvocationTree call)) {
      return false;
    }
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null || !(method.owner instanceof ClassSymbol owner)) {
      return false;
    }
    return isGuavaImmutable(owner)
        || ContainerVocabulary.IMMUTABLE_FACTORIES.contains(
            owner.flatName() + "#" + method.getSimpleName());
  }

  /**
   * True if the initialiser makes a weak-keyed map: a {@code WeakHashMap}, or a builder chain that
   * calls {@code weakKeys()} (Guava {@code MapMaker}/{@code CacheBuilder}, Caffeine).
   */
  public static boolean isWeakKeyed(@Nullable ExpressionTree initializer, VisitorState state) {
    ExpressionTree expression = ASTHelpers.stripParentheses(initializer);
    if (expression == null) {
      return false;
    }
    if (isWeakKeyedType(ASTHelpers.getType(expression), state)) {
      return true;
    }
    while (expression instanceof MethodInvocationTree call) {
      MethodSymbol method = ASTHelpers.getSymbol(call);
      if (method != null
          && ContainerVocabulary.WEAK_KEY_BUILDER_METHODS.contains(
              method.getSimpleName().toString())) {
        return true;
      }
      Optional<ExpressionTree> receiver = Calls.receiver(call);
      if (receiver.isEmpty()) {
        return false;
      }
      expression = ASTHelpers.stripParentheses(receiver.get());
      if (expression instanceof NewClassTree newClass
          && isWeakKeyedType(ASTHelpers.getType(newClass), state)) {
        return true;
      }
    }
    return false;
  }

  /** True if values of the type hold their keys weakly. */
  public static boolean isWeakKeyedType(@Nullable Type type, VisitorState state) {
    return supertypeNames(type, state).stream()
        .anyMatch(ContainerVocabulary.WEAK_KEYED_TYPES::contains);
  }
}
