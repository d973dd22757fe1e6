package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Name;
import org.jspecify.annotations.Nullable;

/**
 * Calls as the catalogue's vocabularies name them ({@code owner#name}, the owner's binary name),
 * the receivers and arguments of calls, and the variables they name.
 */
public final class Calls {
  private Calls() {}

  /** {@code owner#name} of a method, the owner by its binary name. */
  public static String key(MethodSymbol method) {
    return ((ClassSymbol) method.owner).flatName() + "#" + method.getSimpleName();
  }

  /**
   * True if {@code method}, or a method it overrides (the vocabulary may name an interface or
   * superclass, e.g. {@code javax.sql.DataSource#getConnection}), is one of {@code keys}.
   */
  public static boolean isOneOf(
      @Nullable MethodSymbol method, Set<String> keys, VisitorState state) {
    if (method == null
        || !(method.owner instanceof ClassSymbol)
        || !namesAny(method.getSimpleName(), keys)) {
      return false;
    }
    if (keys.contains(key(method))) {
      return true;
    }
    if (method.isStatic() || method.isConstructor()) {
      return false;
    }
    try {
      return ASTHelpers.findSuperMethods(method, state.getTypes()).stream()
          .anyMatch(m -> keys.contains(key(m)));
    } catch (CompletionFailure e) {
      return false;
    }
  }

  /**
   * True if one of {@code keys} ({@code owner#name}) names a method called {@code name}: the cheap
   * test that spares nearly every call the owner's name and the search of overridden methods.
   */
  private static boolean namesAny(Name name, Set<String> keys) {
    int length = name.length();
    for (String key : keys) {
      int start = key.length() - length;
      if (start > 0 && key.charAt(start - 1) == '#' && name.contentEquals(key.substring(start))) {
        return true;
      }
    }
    return false;
  }

  /** True if {@code tree} is a call of a method that {@link #isOneOf} {@code keys}. */
  public static boolean isCallOf(Tree tree, Set<String> keys, VisitorState state) {
    return tree instanceof MethodInvocationTree call
        && isOneOf(ASTHelpers.getSymbol(call), keys, state);
  }

  /** The receiver of a call written {@code receiver.name(..)}; empty for an unqualified call. */
  public static Optional<ExpressionTree> receiver(MethodInvocationTree call) {
    return call.getMethodSelect() instanceof MemberSelectTree select
        ? Optional.of(select.getExpression())
        : Optional.empty();
  }

  /** The variable a call is made on ({@code field.add(..)}, {@code Owner.FIELD.add(..)}). */
  public static Optional<VarSymbol> receiverVariable(MethodInvocationTree call) {
    return receiver(call).flatMap(Calls::variable);
  }

  /**
   * True if {@code tree} is an instance call on {@code variable} of a method whose simple name
   * {@code names} accepts.
   */
  public static boolean isCallOn(Tree tree, VarSymbol variable, Predicate<String> names) {
    if (!(tree instanceof MethodInvocationTree call)) {
      return false;
    }
    MethodSymbol method = ASTHelpers.getSymbol(call);
    return method != null
        && !method.isStatic()
        && names.test(method.getSimpleName().toString())
        && receiverVariable(call).filter(variable::equals).isPresent();
  }

  /**
   * True if {@code tree} is a call or constructor call that takes {@code variable} as an argument.
   */
  public static boolean passes(Tree tree, VarSymbol variable) {
    if (tree instanceof MethodInvocationTree call) {
      return passes(call.getArguments(), variable);
    }
    return tree instanceof NewClassTree newClass && passes(newClass.getArguments(), variable);
  }

  /** True if one of {@code arguments} names {@code variable}. */
  public static boolean passes(List<? extends ExpressionTree> arguments, VarSymbol variable) {
    return arguments.stream().anyMatch(a -> variable(a).filter(variable::equals).isPresent());
  }

  /**
   * The path of the expression at {@code path} as the code around it uses its value: through
   * parentheses, casts and the branches of conditional expressions.
   */
  public static TreePath usePath(TreePath path) {
    TreePath p = path;
    while (p.getParentPath().getLeaf() instanceof ParenthesizedTree
        || p.getParentPath().getLeaf() instanceof TypeCastTree
        || (p.getParentPath().getLeaf() instanceof ConditionalExpressionTree conditional
            && conditional.getCondition() != p.getLeaf())) {
      p = p.getParentPath();
    }
    return p;
  }

  /**
   * The variable an expression names ({@code NAME}, {@code Owner.NAME}, {@code this.name}, {@code
   * (NAME)}).
   */
  public static Optional<VarSymbol> variable(@Nullable ExpressionTree expression) {
    ExpressionTree e = ASTHelpers.stripParentheses(expression);
    if (e == null || !(e.getKind() == Tree.Kind.IDENTIFIER || e instanceof MemberSelectTree)) {
      return Optional.empty();
    }
    return ASTHelpers.getSymbol(e) instanceof VarSymbol v ? Optional.of(v) : Optional.empty();
  }
}
