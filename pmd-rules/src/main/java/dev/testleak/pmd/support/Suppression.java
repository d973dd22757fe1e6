package dev.testleak.pmd.support;

import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTFieldDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValue;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;

/**
 * {@code @SuppressWarnings} on a field declaration, for rules that report at a use of the field
 * rather than at the field (PMD itself honours the annotation only on the reported node's enclosing
 * declarations). Accepts the values PMD accepts: {@code "PMD"}, {@code "PMD.<rule>"}, {@code "all"}.
 */
public final class Suppression {
  private Suppression() {}

  /** True if the field's declaration (in the analysed file) suppresses the rule. */
  public static boolean onField(JFieldSymbol field, String ruleName) {
    ASTVariableId id = field.tryGetNode();
    ASTFieldDeclaration declaration = id == null ? null : id.ancestors(ASTFieldDeclaration.class).first();
    if (declaration == null) {
      return false;
    }
    ASTAnnotation annotation = declaration.getAnnotation("java.lang.SuppressWarnings");
    if (annotation == null) {
      return false;
    }
    for (ASTMemberValue value : annotation.getFlatValue("value")) {
      Object constant = value.getConstValue();
      if ("PMD".equals(constant) || ("PMD." + ruleName).equals(constant) || "all".equals(constant)) {
        return true;
      }
    }
    return false;
  }
}
