package dev.testleak.pmd.support;

import java.util.List;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.JavaNode;

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
}
