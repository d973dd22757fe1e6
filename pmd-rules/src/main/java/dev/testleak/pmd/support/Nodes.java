package dev.testleak.pmd.support;

import java.util.List;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTExecutableDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTTypeExpression;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;

/** AST helpers shared by the rules. */
public final class Nodes {
  private Nodes() {}

  /**
   * Descendants of {@code root} of the given type that belong to the same class as {@code root}:
   * code of anonymous and local classes declared inside it is excluded (it runs only when that
   * class is used), lambda bodies are included.
   */
  public static <T extends JavaNode> List<T> sameClassDescendants(JavaNode root, Class<T> type) {
    ASTTypeDeclaration owner = root.ancestors(ASTTypeDeclaration.class).first();
    return root.descendants(type)
        .crossFindBoundaries()
        .filter(n -> n.ancestors(ASTTypeDeclaration.class).first() == owner)
        .toList();
  }

  /** The body of a method, constructor or initializer block; null for other members and abstract methods. */
  public static JavaNode bodyOf(JavaNode member) {
    if (member instanceof ASTExecutableDeclaration) {
      return ((ASTExecutableDeclaration) member).getBody();
    }
    return member instanceof ASTInitializer ? ((ASTInitializer) member).getBody() : null;
  }

  /** The body of the method, constructor or initializer block that {@code node} is in, or null. */
  public static JavaNode enclosingBody(JavaNode node) {
    JavaNode member = node.ancestors()
        .filter(a -> a instanceof ASTExecutableDeclaration || a instanceof ASTInitializer)
        .first();
    return member == null ? null : bodyOf(member);
  }

  /** True if the expression names exactly this variable ({@code NAME}, {@code this.name}, {@code Owner.NAME}). */
  public static boolean refersTo(ASTExpression expression, JVariableSymbol variable) {
    return expression instanceof ASTNamedReferenceExpr
        && variable != null
        && variable.equals(((ASTNamedReferenceExpr) expression).getReferencedSym());
  }

  /** The variable an expression names, or null. */
  public static JVariableSymbol referenced(ASTExpression expression) {
    return expression instanceof ASTNamedReferenceExpr ? ((ASTNamedReferenceExpr) expression).getReferencedSym() : null;
  }

  /** True if one of the call's arguments names the variable. */
  public static boolean passes(InvocationNode call, JVariableSymbol variable) {
    if (call.getArguments() == null) {
      return false;
    }
    for (ASTExpression argument : call.getArguments()) {
      if (refersTo(argument, variable)) {
        return true;
      }
    }
    return false;
  }

  /** Binary name of the class declaring the called method ("" if unknown). */
  public static String ownerOf(ASTMethodCall call) {
    JExecutableSymbol method = call.getMethodType().getSymbol();
    JClassSymbol owner = method == null ? null : method.getEnclosingClass();
    if (owner != null && !owner.isUnresolved()) {
      return owner.getBinaryName();
    }
    ASTExpression qualifier = call.getQualifier();
    if (qualifier instanceof ASTTypeExpression) {
      return TypeHierarchy.binaryName(qualifier.getTypeMirror());
    }
    return owner == null ? "" : owner.getBinaryName();
  }

  /** {@code owner#name} of a call, as the catalogue's vocabularies write methods. */
  public static String qualifiedName(ASTMethodCall call) {
    return ownerOf(call) + "#" + call.getMethodName();
  }
}
