package dev.testleak.pmd.support;

import java.util.Set;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;

/**
 * Whether a piece of code (a teardown body, a {@code finally} block) releases what a variable
 * holds: it calls one of the releasing methods on it, assigns it (when that counts), passes it to a
 * method or constructor (ownership handed on), or calls a helper that does one of these ({@link
 * Reach}).
 */
public final class Clearing {
  private Clearing() {}

  /**
   * True if {@code code} empties a container field: a shrinking call on it, an assignment, or
   * handing it on, directly or through helpers declared in {@code helperOwners}.
   */
  public static boolean releases(JavaNode code, JVariableSymbol field, Set<JClassSymbol> helperOwners) {
    return Reach.anyNode(code, helperOwners, emptiesContainer(field));
  }

  /** A node that empties the container {@code variable}: shrinks, reassigns or hands it on. */
  public static Predicate<JavaNode> emptiesContainer(JVariableSymbol variable) {
    return directly(variable, Containers::isShrinkCall, true);
  }

  /**
   * A node that empties the container {@code variable} where it stands: a shrinking call on it or
   * an assignment to it. Handing it on does not count: what the code adds must be gone when it
   * returns, not owned by someone else.
   */
  public static Predicate<JavaNode> shrinksOrAssigns(JVariableSymbol variable) {
    return node -> node instanceof ASTAssignmentExpression
            && Nodes.refersTo(((ASTAssignmentExpression) node).getLeftOperand(), variable)
        || node instanceof ASTMethodCall
            && Nodes.refersTo(((ASTMethodCall) node).getQualifier(), variable)
            && Containers.isShrinkCall((ASTMethodCall) node);
  }

  /**
   * A node that releases {@code variable} by itself: a call on it that {@code releaseCall} accepts,
   * an assignment to it when {@code assignmentReleases}, or passing it to a method or constructor.
   */
  public static Predicate<JavaNode> directly(
      JVariableSymbol variable, Predicate<ASTMethodCall> releaseCall, boolean assignmentReleases) {
    return node -> {
      if (node instanceof ASTAssignmentExpression) {
        return assignmentReleases && Nodes.refersTo(((ASTAssignmentExpression) node).getLeftOperand(), variable);
      }
      if (node instanceof ASTMethodCall
          && Nodes.refersTo(((ASTMethodCall) node).getQualifier(), variable)
          && releaseCall.test((ASTMethodCall) node)) {
        return true;
      }
      return node instanceof InvocationNode && Nodes.passes((InvocationNode) node, variable);
    };
  }

  /**
   * A node that gives {@code variable} a fresh value: an assignment of a constructor or factory
   * call (not of {@code null} or of another variable's value).
   */
  public static Predicate<JavaNode> reassignsFresh(JVariableSymbol variable) {
    return node -> node instanceof ASTAssignmentExpression
        && Nodes.refersTo(((ASTAssignmentExpression) node).getLeftOperand(), variable)
        && (((ASTAssignmentExpression) node).getRightOperand() instanceof InvocationNode);
  }

  /** A call whose name is one of {@code names}. */
  public static Predicate<ASTMethodCall> named(Set<String> names) {
    return call -> names.contains(call.getMethodName());
  }
}
