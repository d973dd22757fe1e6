package dev.testleak.pmd.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTBodyDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTExplicitConstructorInvocation;
import net.sourceforge.pmd.lang.java.ast.ASTFieldDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JConstructorSymbol;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JMethodSymbol;

/**
 * Searches a piece of code, and the helper methods it calls, for a node that does something: the
 * "directly or through a method they call, up to three calls deep" of the rule docs. Helpers are
 * followed only when declared in one of the given classes and readable in the analysed file; code
 * of anonymous and local classes is not searched (it runs only when that class is used), lambda
 * bodies are. A constructor is a helper too ({@code new Owner(..)}, {@code this(..)}, {@code
 * super(..)}), as the other engines see it ({@code <init>}): what it runs is its body and, unless
 * it starts with {@code this(..)}, the instance initializers and instance field initializers of its
 * class (also for a class whose constructor is implicit).
 */
public final class Reach {
  /** How many calls deep helper methods are followed. */
  public static final int MAX_CALL_DEPTH = 3;

  private final Set<JClassSymbol> helperOwners;
  private final Predicate<JavaNode> matches;
  private final Set<JExecutableSymbol> visited = new HashSet<>();

  private Reach(Set<JClassSymbol> helperOwners, Predicate<JavaNode> matches) {
    this.helperOwners = helperOwners;
    this.matches = matches;
  }

  /** True if a node of {@code code}, or of a helper it calls (up to three deep), {@code matches}. */
  public static boolean anyNode(JavaNode code, Set<JClassSymbol> helperOwners, Predicate<JavaNode> matches) {
    return new Reach(helperOwners, matches).search(code, 0);
  }

  /**
   * True if the method or constructor {@code call} calls does what {@code matches} accepts: a node
   * of its code, or of a helper it calls; the call itself is the first of the three calls followed.
   */
  public static boolean throughCall(InvocationNode call, Set<JClassSymbol> helperOwners, Predicate<JavaNode> matches) {
    return new Reach(helperOwners, matches).follow(call, 0);
  }

  /** The body of a method of the analysed file, or null when it has none or is not readable. */
  public static JavaNode bodyOf(JMethodSymbol method) {
    ASTMethodDeclaration declaration = method.tryGetNode();
    return declaration == null ? null : declaration.getBody();
  }

  /**
   * The code a call of a constructor of the analysed file runs in its own class: its body, and the
   * instance initializers and instance field declarations of the class unless the body delegates
   * to another constructor of it ({@code this(..)}), which then runs them.
   */
  private static List<JavaNode> codeOf(JConstructorSymbol constructor) {
    List<JavaNode> code = new ArrayList<>();
    JavaNode declaration = constructor.tryGetNode();
    JavaNode body = declaration == null ? null : Nodes.bodyOf(declaration);
    if (body != null) {
      code.add(body);
    }
    ASTTypeDeclaration type = constructor.getEnclosingClass().tryGetNode();
    ASTExplicitConstructorInvocation first = body == null ? null : body.firstChild(ASTExplicitConstructorInvocation.class);
    boolean delegates = first != null && first.isThis();
    if (type != null && !delegates) {
      for (ASTBodyDeclaration member : type.getDeclarations(ASTBodyDeclaration.class)) {
        if (member instanceof ASTInitializer && !((ASTInitializer) member).isStatic()
            || member instanceof ASTFieldDeclaration && !((ASTFieldDeclaration) member).isStatic()) {
          code.add(Nodes.bodyOf(member));
        }
      }
    }
    return code;
  }

  private boolean search(JavaNode code, int depth) {
    for (JavaNode node : Nodes.sameClassDescendants(code, JavaNode.class)) {
      if (matches.test(node) || node instanceof InvocationNode && follow((InvocationNode) node, depth)) {
        return true;
      }
    }
    return false;
  }

  private boolean follow(InvocationNode call, int depth) {
    if (depth >= MAX_CALL_DEPTH || call.getMethodType() == null) {
      return false;
    }
    JExecutableSymbol symbol = call.getMethodType().getSymbol();
    if (symbol == null || !helperOwners.contains(symbol.getEnclosingClass()) || !visited.add(symbol)) {
      return false;
    }
    if (symbol instanceof JConstructorSymbol) {
      for (JavaNode code : codeOf((JConstructorSymbol) symbol)) {
        if (search(code, depth + 1)) {
          return true;
        }
      }
      return false;
    }
    JavaNode body = symbol instanceof JMethodSymbol ? bodyOf((JMethodSymbol) symbol) : null;
    return body != null && search(body, depth + 1);
  }
}
