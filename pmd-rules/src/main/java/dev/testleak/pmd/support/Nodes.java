package dev.testleak.pmd.support;

import java.util.List;
import net.sourceforge.pmd.lang.java.ast.ASTAssignableExpr.ASTNamedReferenceExpr;
import net.sourceforge.pmd.lang.java.ast.ASTCompactConstructorDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTEnumConstant;
import net.sourceforge.pmd.lang.java.ast.ASTExecutableDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTFieldDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
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

  /**
   * The code of a member: the body of a method, constructor (compact ones included) or initializer
   * block, or a field declaration or enum constant as a whole (its initializers or arguments run
   * when the class is loaded or an instance is created: code like any other); null for other
   * members (nested types) and for abstract methods.
   */
  public static JavaNode bodyOf(JavaNode member) {
    if (member instanceof ASTExecutableDeclaration) {
      return ((ASTExecutableDeclaration) member).getBody();
    }
    if (member instanceof ASTCompactConstructorDeclaration) {
      return ((ASTCompactConstructorDeclaration) member).getBody();
    }
    if (member instanceof ASTInitializer) {
      return ((ASTInitializer) member).getBody();
    }
    return member instanceof ASTFieldDeclaration || member instanceof ASTEnumConstant ? member : null;
  }

  /**
   * The code ({@link #bodyOf}) of the member of its class that {@code node} is in: its method,
   * constructor, initializer block, field declaration or enum constant; null outside of these.
   */
  public static JavaNode enclosingBody(JavaNode node) {
    return code(node, false);
  }

  /**
   * The code of its own that {@code node} runs as: the nearest enclosing lambda (it runs when it is
   * called, not where it is written), else {@link #enclosingBody}.
   */
  public static JavaNode ownCode(JavaNode node) {
    return code(node, true);
  }

  private static JavaNode code(JavaNode node, boolean lambdas) {
    for (JavaNode n = node.getParent(); n != null && !(n instanceof ASTTypeDeclaration); n = n.getParent()) {
      if (lambdas && n instanceof ASTLambdaExpression) {
        return n;
      }
      if (isCodeMember(n)) {
        return bodyOf(n);
      }
    }
    return null;
  }

  private static boolean isCodeMember(JavaNode node) {
    return node instanceof ASTExecutableDeclaration
        || node instanceof ASTCompactConstructorDeclaration
        || node instanceof ASTInitializer
        || node instanceof ASTFieldDeclaration
        || node instanceof ASTEnumConstant;
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
