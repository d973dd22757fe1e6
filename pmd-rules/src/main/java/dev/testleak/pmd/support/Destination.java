package dev.testleak.pmd.support;

import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTCastExpression;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTExpressionStatement;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTResource;
import net.sourceforge.pmd.lang.java.ast.ASTReturnStatement;
import net.sourceforge.pmd.lang.java.ast.ASTVariableDeclarator;
import net.sourceforge.pmd.lang.java.ast.AssignmentOp;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;

/**
 * Where the value of a creating expression (a thread, a stream, ...) goes: the first thing that
 * decides who must release it.
 *
 * @param where what happens to the value
 * @param variable the local or field it is stored in, for {@link Where#VARIABLE}
 * @param qualified the call made on it directly ({@code new Thread(r).start()}), for {@link Where#DISCARDED}
 */
public record Destination(Where where, JVariableSymbol variable, ASTMethodCall qualified) {
  /** What happens to a created value. */
  public enum Where {
    /** Used as a statement of its own or only as the receiver of a call: nobody keeps it. */
    DISCARDED,
    /** Declared or assigned into a local or a field. */
    VARIABLE,
    /** A resource of a try-with-resources statement. */
    TRY_RESOURCE,
    /** Passed as an argument to a method or constructor: ownership handed on. */
    HANDED_ON,
    /** Returned (from a method or a lambda). */
    RETURNED,
    /** Anything else (a conditional, an array element, ...): not followed. */
    OTHER
  }

  /** Where the value of {@code created} goes. */
  public static Destination of(ASTExpression created) {
    JavaNode child = created;
    JavaNode parent = created.getParent();
    while (parent instanceof ASTCastExpression) {
      child = parent;
      parent = parent.getParent();
    }
    if (parent instanceof ASTArgumentList) {
      return new Destination(Where.HANDED_ON, null, null);
    }
    if (parent instanceof ASTVariableDeclarator) {
      ASTVariableDeclarator declarator = (ASTVariableDeclarator) parent;
      boolean resource = declarator.getParent() != null && declarator.getParent().getParent() instanceof ASTResource;
      return new Destination(resource ? Where.TRY_RESOURCE : Where.VARIABLE, declarator.getVarId().getSymbol(), null);
    }
    if (parent instanceof ASTAssignmentExpression) {
      ASTAssignmentExpression assignment = (ASTAssignmentExpression) parent;
      JVariableSymbol target = Nodes.referenced(assignment.getLeftOperand());
      return assignment.getRightOperand() == child && assignment.getOperator() == AssignmentOp.ASSIGN && target != null
          ? new Destination(Where.VARIABLE, target, null)
          : new Destination(Where.OTHER, null, null);
    }
    if (parent instanceof ASTReturnStatement || parent instanceof ASTLambdaExpression) {
      return new Destination(Where.RETURNED, null, null);
    }
    if (parent instanceof ASTExpressionStatement) {
      return new Destination(Where.DISCARDED, null, null);
    }
    if (parent instanceof ASTMethodCall && ((ASTMethodCall) parent).getQualifier() == child) {
      return new Destination(Where.DISCARDED, null, (ASTMethodCall) parent);
    }
    return new Destination(Where.OTHER, null, null);
  }
}
