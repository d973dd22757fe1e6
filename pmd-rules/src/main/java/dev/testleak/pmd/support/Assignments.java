package dev.testleak.pmd.support;

import java.util.ArrayList;
import java.util.List;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTUnaryExpression;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;

/** The values a variable of the analysed file is given. */
public final class Assignments {
  private Assignments() {}

  /**
   * Every value {@code variable} is given: its initializer and the right side of each plain
   * assignment to it anywhere in the analysed file (nested, local and anonymous classes included);
   * a compound assignment or an increment stands as itself, since it computes a new value rather
   * than copy one. Empty when the values cannot all be seen: the variable is not a local variable
   * or a field declared in this file, or it is a parameter or a loop or pattern variable (given its
   * values by a caller or by the loop).
   */
  public static List<ASTExpression> valuesOf(JVariableSymbol variable) {
    ASTVariableId id = variable == null ? null : variable.tryGetNode();
    boolean local = id != null && id.isLocalVariable() && !id.isForeachVariable();
    if (id == null || !local && !id.isField()) {
      return List.of();
    }
    List<ASTExpression> values = new ArrayList<>();
    if (id.getInitializer() != null) {
      values.add(id.getInitializer());
    }
    JavaNode file = id.getRoot();
    for (ASTAssignmentExpression assignment : file.descendants(ASTAssignmentExpression.class).crossFindBoundaries()) {
      if (Nodes.refersTo(assignment.getLeftOperand(), variable)) {
        values.add(assignment.isCompound() ? assignment : assignment.getRightOperand());
      }
    }
    for (ASTUnaryExpression unary : file.descendants(ASTUnaryExpression.class).crossFindBoundaries()) {
      if (!unary.getOperator().isPure() && Nodes.refersTo(unary.getOperand(), variable)) {
        values.add(unary);
      }
    }
    return values;
  }
}
