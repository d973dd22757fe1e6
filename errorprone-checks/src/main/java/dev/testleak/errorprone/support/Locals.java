package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * The initializers of the local variables of one compilation unit, read in one pass over the unit
 * the first time one is asked for (instead of a search of the declaring method per question).
 */
public final class Locals {
  private final CompilationUnitTree unit;

  /** Every local declared in the unit, with its initializer (null when it has none). */
  private @Nullable Map<VarSymbol, @Nullable ExpressionTree> initializers;

  private Locals(CompilationUnitTree unit) {
    this.unit = unit;
  }

  /** The locals of the compilation unit {@code state} is in. */
  public static Locals of(VisitorState state) {
    return new Locals(state.getPath().getCompilationUnit());
  }

  /**
   * The initializer of {@code variable} when it is a local that is never assigned again (final or
   * effectively final); empty otherwise.
   */
  public Optional<ExpressionTree> assignedOnce(@Nullable Symbol variable, VisitorState state) {
    if (!(variable instanceof VarSymbol local)
        || local.getKind() != ElementKind.LOCAL_VARIABLE
        || (local.flags() & (Flags.FINAL | Flags.EFFECTIVELY_FINAL)) == 0) {
      return Optional.empty();
    }
    Map<VarSymbol, @Nullable ExpressionTree> declared = initializers();
    return declared.containsKey(local)
        ? Optional.ofNullable(declared.get(local))
        : elsewhere(local, state);
  }

  private Map<VarSymbol, @Nullable ExpressionTree> initializers() {
    Map<VarSymbol, @Nullable ExpressionTree> result = initializers;
    if (result == null) {
      Map<VarSymbol, @Nullable ExpressionTree> found = new HashMap<>();
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
          if (ASTHelpers.getSymbol(tree) instanceof VarSymbol v
              && v.getKind() == ElementKind.LOCAL_VARIABLE) {
            found.put(v, tree.getInitializer());
          }
          return super.visitVariable(tree, null);
        }
      }.scan(unit, null);
      result = found;
      initializers = result;
    }
    return result;
  }

  /** A local of another unit (a hook of a superclass compiled with this one): its method's. */
  private static Optional<ExpressionTree> elsewhere(VarSymbol local, VisitorState state) {
    MethodTree method =
        local.owner instanceof MethodSymbol owner ? CallGraph.declaration(owner, state) : null;
    ExpressionTree[] found = new ExpressionTree[1];
    if (method != null) {
      CallGraph.contains(
          method,
          t -> {
            if (t instanceof VariableTree declaration
                && local.equals(ASTHelpers.getSymbol(declaration))) {
              found[0] = declaration.getInitializer();
              return true;
            }
            return false;
          });
    }
    return Optional.ofNullable(found[0]);
  }
}
