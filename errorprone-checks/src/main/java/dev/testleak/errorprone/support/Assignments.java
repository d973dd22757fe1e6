package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Every value assigned to the locals and fields declared in one compilation unit (initializers
 * included), read in one pass over the unit the first time one is asked for. A variable that also
 * takes values no expression shows (a for-each variable, {@code +=}) has no known values.
 */
public final class Assignments {
  private final CompilationUnitTree unit;

  /** The values of every local and field declared in the unit; null for one with unknown values. */
  private @Nullable Map<VarSymbol, @Nullable List<ExpressionTree>> values;

  private Assignments(CompilationUnitTree unit) {
    this.unit = unit;
  }

  /** The assignments of the compilation unit {@code state} is in. */
  public static Assignments of(VisitorState state) {
    return new Assignments(state.getPath().getCompilationUnit());
  }

  /**
   * The values {@code variable} is ever assigned in this unit, initializer first, when it is a local
   * or field declared here and every assignment of it is an expression; empty otherwise (declared
   * elsewhere, a parameter, a for-each variable, or changed by {@code +=}).
   */
  public Optional<List<ExpressionTree>> valuesOf(VarSymbol variable) {
    return Optional.ofNullable(values().get(variable));
  }

  private Map<VarSymbol, @Nullable List<ExpressionTree>> values() {
    Map<VarSymbol, @Nullable List<ExpressionTree>> result = values;
    if (result == null) {
      result = scan();
      values = result;
    }
    return result;
  }

  private Map<VarSymbol, @Nullable List<ExpressionTree>> scan() {
    Map<VarSymbol, List<ExpressionTree>> found = new HashMap<>();
    Set<VarSymbol> declared = new HashSet<>();
    Set<VarSymbol> unknown = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree) instanceof VarSymbol v && isLocalOrField(v)) {
          declared.add(v);
          if (tree.getInitializer() != null) {
            assigned(v, tree.getInitializer());
          }
        }
        return super.visitVariable(tree, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        Calls.variable(tree.getVariable()).ifPresent(v -> assigned(v, tree.getExpression()));
        return super.visitAssignment(tree, null);
      }

      private void assigned(VarSymbol variable, ExpressionTree value) {
        found.computeIfAbsent(variable, k -> new ArrayList<>()).add(value);
      }

      @Override
      public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
        // Each element of the iterated expression is assigned: no expression of its own.
        if (ASTHelpers.getSymbol(tree.getVariable()) instanceof VarSymbol v) {
          unknown.add(v);
        }
        return super.visitEnhancedForLoop(tree, null);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
        Calls.variable(tree.getVariable()).ifPresent(unknown::add);
        return super.visitCompoundAssignment(tree, null);
      }
    }.scan(unit, null);
    Map<VarSymbol, @Nullable List<ExpressionTree>> result = new HashMap<>();
    for (VarSymbol v : declared) {
      result.put(v, unknown.contains(v) ? null : List.copyOf(found.getOrDefault(v, List.of())));
    }
    return result;
  }

  /** A local (not a parameter, resource, exception or pattern variable) or a field. */
  private static boolean isLocalOrField(VarSymbol v) {
    return v.getKind() == ElementKind.LOCAL_VARIABLE || v.getKind() == ElementKind.FIELD;
  }
}
