package dev.testleak.pmd.support;

import java.util.HashSet;
import java.util.Set;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JMethodSymbol;

/**
 * Whether a piece of code (a teardown body, a {@code finally} block) releases what a static field
 * holds: it calls a shrinking method on the field, assigns the field, passes the field to a method
 * or constructor (ownership handed on), or calls a method of the given classes, readable in the
 * analysed file, that does one of these, followed up to {@link #MAX_CALL_DEPTH} calls deep.
 */
public final class Clearing {
  /** How many calls deep helper methods are followed. */
  public static final int MAX_CALL_DEPTH = 3;

  private final JFieldSymbol field;
  private final Set<JClassSymbol> helperOwners;
  private final Set<JMethodSymbol> visited = new HashSet<>();

  private Clearing(JFieldSymbol field, Set<JClassSymbol> helperOwners) {
    this.field = field;
    this.helperOwners = helperOwners;
  }

  /**
   * True if {@code code} releases {@code field}; helper methods are followed only when declared in
   * one of {@code helperOwners}.
   */
  public static boolean releases(JavaNode code, JFieldSymbol field, Set<JClassSymbol> helperOwners) {
    return new Clearing(field, helperOwners).releases(code, 0);
  }

  private boolean releases(JavaNode code, int depth) {
    for (JavaNode node : Nodes.sameClassDescendants(code, JavaNode.class)) {
      if (node instanceof ASTAssignmentExpression
          && Containers.refersTo(((ASTAssignmentExpression) node).getLeftOperand(), field)) {
        return true;
      }
      if (node instanceof ASTMethodCall) {
        ASTMethodCall call = (ASTMethodCall) node;
        if (Containers.isShrinkCall(call) && Containers.refersTo(call.getQualifier(), field)) {
          return true;
        }
        if (passesField(call) || followHelper(call, depth)) {
          return true;
        }
      } else if (node instanceof ASTConstructorCall && passesField((InvocationNode) node)) {
        return true;
      }
    }
    return false;
  }

  private boolean passesField(InvocationNode call) {
    if (call.getArguments() == null) {
      return false;
    }
    for (ASTExpression argument : call.getArguments()) {
      if (Containers.refersTo(argument, field)) {
        return true;
      }
    }
    return false;
  }

  private boolean followHelper(ASTMethodCall call, int depth) {
    if (depth >= MAX_CALL_DEPTH) {
      return false;
    }
    JExecutableSymbol symbol = call.getMethodType().getSymbol();
    if (!(symbol instanceof JMethodSymbol) || !helperOwners.contains(symbol.getEnclosingClass())) {
      return false;
    }
    JMethodSymbol method = (JMethodSymbol) symbol;
    ASTMethodDeclaration declaration = method.tryGetNode();
    if (declaration == null || declaration.getBody() == null || !visited.add(method)) {
      return false;
    }
    return releases(declaration.getBody(), depth + 1);
  }
}
