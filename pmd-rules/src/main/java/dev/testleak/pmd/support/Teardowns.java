package dev.testleak.pmd.support;

import java.util.LinkedHashSet;
import java.util.Set;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JMethodSymbol;

/**
 * Whether a teardown hook that runs around a class's tests releases a static field (see {@link
 * Clearing}). PMD reads one file at a time, so:
 *
 * <ul>
 *   <li>a hook of a class of the analysed file is read, helpers followed;
 *   <li>a class of another file (auxclasspath) that declares any teardown hook is assumed to release
 *       the field: its body cannot be read (catalogue divergence {@code teardown-in-other-file});
 *   <li>an unresolved class (not on the auxclasspath) might declare such a hook; it is assumed to
 *       release the field only when the field is declared in another file too, because code
 *       outside this file cannot name this file's fields without naming one of its subclasses.
 * </ul>
 */
public final class Teardowns {
  private Teardowns() {}

  /**
   * The classes whose teardowns count for {@code field} grown in {@code growing}: the growing class,
   * its enclosing classes, the field's declaring class, and all their supertypes. Their methods are
   * also the helpers that {@link Clearing} follows.
   */
  public static Set<JClassSymbol> relevantClasses(JClassSymbol growing, JFieldSymbol field) {
    Set<JClassSymbol> result = new LinkedHashSet<>(Hooks.hookClassesAround(growing));
    result.addAll(TypeHierarchy.selfAndSupertypes(field.getEnclosingClass()));
    return result;
  }

  /** True if some teardown hook of {@code classes} releases {@code field}, or is assumed to. */
  public static boolean release(Set<JClassSymbol> classes, JFieldSymbol field) {
    boolean fieldInThisFile = field.tryGetNode() != null;
    for (JClassSymbol type : classes) {
      if (type.isUnresolved()) {
        if (!fieldInThisFile) {
          return true;
        }
      } else if (type.tryGetNode() == null) {
        if (!Hooks.declaredTeardowns(type).isEmpty()) {
          return true;
        }
      } else if (readableTeardownReleases(type, field, classes)) {
        return true;
      }
    }
    return false;
  }

  private static boolean readableTeardownReleases(
      JClassSymbol type, JFieldSymbol field, Set<JClassSymbol> helperOwners) {
    for (JMethodSymbol hook : Hooks.declaredTeardowns(type)) {
      ASTMethodDeclaration declaration = hook.tryGetNode();
      if (declaration != null
          && declaration.getBody() != null
          && Clearing.releases(declaration.getBody(), field, helperOwners)) {
        return true;
      }
    }
    return false;
  }
}
