package dev.testleak.pmd.support;

import dev.testleak.catalogue.ResourceVocabulary;
import dev.testleak.pmd.support.Hooks.Hook;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTFinallyClause;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JMethodSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;

/**
 * Whether a hook that runs around a class's tests releases (or resets) a field. PMD reads one file
 * at a time, so:
 *
 * <ul>
 *   <li>a hook of a class of the analysed file is read, helpers followed ({@link Reach});
 *   <li>a class of another file (auxclasspath) that declares a matching hook is assumed to release
 *       the field when {@code assumeUnreadable} (the teardown rules: catalogue divergence {@code
 *       teardown-in-other-file}): its body cannot be read;
 *   <li>an unresolved class (not on the auxclasspath) might declare such a hook; it is assumed to
 *       release the field only when the field is declared in another file too, because code
 *       outside this file cannot name this file's fields without naming one of its subclasses.
 * </ul>
 */
public final class Teardowns {
  private Teardowns() {}

  /**
   * The classes whose hooks count for {@code field} used in {@code user}: the class, its enclosing
   * classes, the field's declaring class, and all their supertypes. Their methods are also the
   * helpers that {@link Reach} follows.
   */
  public static Set<JClassSymbol> relevantClasses(JClassSymbol user, JVariableSymbol field) {
    Set<JClassSymbol> result = new LinkedHashSet<>(Hooks.hookClassesAround(user));
    if (field instanceof JFieldSymbol) {
      result.addAll(TypeHierarchy.selfAndSupertypes(((JFieldSymbol) field).getEnclosingClass()));
    }
    return result;
  }

  /**
   * True if {@code site} is undone in a {@code finally} block of its method, or in a teardown hook
   * that {@code which} accepts of its class, an enclosing class or a superclass (directly or through
   * helpers of those classes; a class of another file that declares such a hook is assumed to).
   */
  public static boolean undone(JavaNode site, Predicate<Hook> which, Predicate<JavaNode> undoes) {
    JavaNode body = Nodes.enclosingBody(site);
    ASTTypeDeclaration type = site.ancestors(ASTTypeDeclaration.class).first();
    if (type == null) {
      return false;
    }
    Set<JClassSymbol> classes = Hooks.hookClassesAround(type.getSymbol());
    if (body != null) {
      for (ASTFinallyClause clause : Nodes.sameClassDescendants(body, ASTFinallyClause.class)) {
        if (Reach.anyNode(clause, classes, undoes)) {
          return true;
        }
      }
    }
    return anyHook(classes, which, null, undoes, true);
  }

  /**
   * True if {@code call} undoes an earlier change in its own method ({@code setDefault(previous)}
   * after {@code setDefault(GERMANY)}): it is then a restore, even one that does not count because
   * it is outside {@code finally}, and not a change of its own.
   */
  public static boolean restoresEarlierChange(ASTMethodCall call, BiPredicate<ASTMethodCall, ASTMethodCall> restoresChange) {
    JavaNode body = Nodes.enclosingBody(call);
    if (body == null) {
      return false;
    }
    for (ASTMethodCall earlier : Nodes.sameClassDescendants(body, ASTMethodCall.class)) {
      if (earlier.getBeginLine() < call.getBeginLine()
          || earlier.getBeginLine() == call.getBeginLine() && earlier.getBeginColumn() < call.getBeginColumn()) {
        if (restoresChange.test(earlier, call)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True if {@code site} is undone by {@code close()} of a restorer object: its class, an enclosing
   * class or a superclass implements {@code AutoCloseable}, is declared in the analysed file, and
   * its own {@code close()} (directly or through helpers, as for hooks) contains a node that {@code
   * undoes} it. A {@code close()} that cannot be read (a class of the auxclasspath, such as a JDK
   * stream) is not assumed to undo anything: it closes what it holds, not what its subclass changed.
   */
  public static boolean undoneByClose(JavaNode site, Predicate<JavaNode> undoes) {
    ASTTypeDeclaration type = site.ancestors(ASTTypeDeclaration.class).first();
    if (type == null) {
      return false;
    }
    Set<JClassSymbol> classes = Hooks.hookClassesAround(type.getSymbol());
    for (JClassSymbol owner : classes) {
      JavaNode close = owner.isUnresolved() ? null : closeBody(owner);
      if (close != null && Reach.anyNode(close, classes, undoes)) {
        return true;
      }
    }
    return false;
  }

  /** The body of {@code close()} that an {@code AutoCloseable} class of the analysed file declares, or null. */
  private static JavaNode closeBody(JClassSymbol type) {
    boolean closeable = TypeHierarchy.supertypeNames(type).stream().anyMatch(ResourceVocabulary.RESOURCE_SUPERTYPES::contains);
    if (type.tryGetNode() == null || !closeable) {
      return null;
    }
    for (JMethodSymbol method : type.getDeclaredMethods()) {
      if (method.nameEquals("close") && method.getArity() == 0 && !method.isStatic()) {
        return Reach.bodyOf(method);
      }
    }
    return null;
  }

  /** True if some teardown hook of {@code classes} empties the container {@code field}, or is assumed to. */
  public static boolean release(Set<JClassSymbol> classes, JVariableSymbol field) {
    return anyHook(classes, Hook::isTeardown, field, Clearing.emptiesContainer(field), true);
  }

  /**
   * True if a hook of {@code classes} that {@code which} accepts contains a node that {@code does}
   * (directly or through helpers of {@code classes}); unreadable hooks count as explained above. A
   * null {@code field} stands for state outside the analysed file (a JVM setting, a singleton).
   */
  public static boolean anyHook(
      Set<JClassSymbol> classes,
      Predicate<Hook> which,
      JVariableSymbol field,
      Predicate<JavaNode> does,
      boolean assumeUnreadable) {
    boolean fieldInThisFile = field != null && field.tryGetNode() != null;
    for (JClassSymbol type : classes) {
      if (type.isUnresolved()) {
        if (assumeUnreadable && !fieldInThisFile) {
          return true;
        }
      } else if (type.tryGetNode() == null) {
        if (assumeUnreadable && !Hooks.declared(type, which).isEmpty()) {
          return true;
        }
      } else {
        for (JMethodSymbol hook : Hooks.declared(type, which)) {
          JavaNode body = Reach.bodyOf(hook);
          if (body != null && Reach.anyNode(body, classes, does)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
