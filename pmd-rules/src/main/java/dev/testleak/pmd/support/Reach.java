package dev.testleak.pmd.support;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JMethodSymbol;

/**
 * Searches a piece of code, and the helper methods it calls, for a node that does something: the
 * "directly or through a method they call, up to three calls deep" of the rule docs. Helpers are
 * followed only when declared in one of the given classes and readable in the analysed file; code
 * of anonymous and local classes is not searched (it runs only when that class is used), lambda
 * bodies are.
 */
public final class Reach {
  /** How many calls deep helper methods are followed. */
  public static final int MAX_CALL_DEPTH = 3;

  private final Set<JClassSymbol> helperOwners;
  private final Predicate<JavaNode> matches;
  private final Set<JMethodSymbol> visited = new HashSet<>();

  private Reach(Set<JClassSymbol> helperOwners, Predicate<JavaNode> matches) {
    this.helperOwners = helperOwners;
    this.matches = matches;
  }

  /** True if a node of {@code code}, or of a helper it calls (up to three deep), {@code matches}. */
  public static boolean anyNode(JavaNode code, Set<JClassSymbol> helperOwners, Predicate<JavaNode> matches) {
    return new Reach(helperOwners, matches).search(code, 0);
  }

  /**
   * True if the method {@code call} calls does what {@code matches} accepts: a node of its body, or
   * of a helper it calls; the call itself is the first of the three calls followed.
   */
  public static boolean throughCall(ASTMethodCall call, Set<JClassSymbol> helperOwners, Predicate<JavaNode> matches) {
    return new Reach(helperOwners, matches).follow(call, 0);
  }

  /** The body of a method of the analysed file, or null when it has none or is not readable. */
  public static JavaNode bodyOf(JMethodSymbol method) {
    ASTMethodDeclaration declaration = method.tryGetNode();
    return declaration == null ? null : declaration.getBody();
  }

  private boolean search(JavaNode code, int depth) {
    for (JavaNode node : Nodes.sameClassDescendants(code, JavaNode.class)) {
      if (matches.test(node) || node instanceof ASTMethodCall && follow((ASTMethodCall) node, depth)) {
        return true;
      }
    }
    return false;
  }

  private boolean follow(ASTMethodCall call, int depth) {
    if (depth >= MAX_CALL_DEPTH) {
      return false;
    }
    JExecutableSymbol symbol = call.getMethodType().getSymbol();
    if (!(symbol instanceof JMethodSymbol) || !helperOwners.contains(symbol.getEnclosingClass())) {
      return false;
    }
    JMethodSymbol method = (JMethodSymbol) symbol;
    JavaNode body = bodyOf(method);
    return body != null && visited.add(method) && search(body, depth + 1);
  }
}
