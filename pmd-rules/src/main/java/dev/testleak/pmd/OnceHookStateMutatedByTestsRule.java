package dev.testleak.pmd;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import dev.testleak.pmd.support.Hooks;
import dev.testleak.pmd.support.Hooks.Hook;
import dev.testleak.pmd.support.MutableState;
import dev.testleak.pmd.support.Nodes;
import dev.testleak.pmd.support.Reach;
import dev.testleak.pmd.support.Suppression;
import dev.testleak.pmd.support.Teardowns;
import dev.testleak.pmd.support.TestCode;
import dev.testleak.pmd.support.TypeHierarchy;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.AssignmentOp;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JMethodSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;

/**
 * {@code OnceHookStateMutatedByTests}: mutable state created in a class-level once-hook that the
 * tests then change, with no per-test hook resetting it. Semantics: docs/rules/OnceHookStateMutatedByTests.md.
 */
public final class OnceHookStateMutatedByTestsRule extends TestleakRule {
  private static final String TESTNG_PACKAGE = "org.testng.";

  public OnceHookStateMutatedByTestsRule() {
    super(Catalogue.ONCE_HOOK_STATE_MUTATED_BY_TESTS);
  }

  @Override
  void analyse(ASTCompilationUnit file, TestCode testCode, Object data) {
    List<ASTTypeDeclaration> types = file.descendants(ASTTypeDeclaration.class).crossFindBoundaries().toList();
    for (ASTTypeDeclaration type : types) {
      JClassSymbol cls = type.getSymbol();
      if (!testCode.isTestClassInThisFile(cls)) {
        continue;
      }
      Set<JFieldSymbol> reported = new HashSet<>();
      for (ASTMethodDeclaration method : type.getDeclarations(ASTMethodDeclaration.class)) {
        Optional<Hook> hook = Hooks.hookOf(method.getSymbol()).filter(h -> h.byAnnotation() && h.isClassLevelSetup());
        if (hook.isEmpty() || method.getBody() == null) {
          continue;
        }
        for (ASTAssignmentExpression assignment : Nodes.sameClassDescendants(method.getBody(), ASTAssignmentExpression.class)) {
          JVariableSymbol target = Nodes.referenced(assignment.getLeftOperand());
          if (assignment.getOperator() != AssignmentOp.ASSIGN || !(target instanceof JFieldSymbol)) {
            continue;
          }
          JFieldSymbol field = (JFieldSymbol) target;
          Optional<String> kind = MutableState.createdKind(assignment.getRightOperand());
          if (kind.isPresent()
              && !reported.contains(field)
              && livesAsLongAsTheClass(field, cls, hook.get())
              && !Suppression.onField(field, id())
              && changedByTests(types, cls, field)
              && !resetPerTest(cls, field)) {
            reported.add(field);
            report(data, assignment, kind.get(), field.getSimpleName(), hook.get().display(),
                hook.get().counterpart(Scope.PER_TEST, Phase.SETUP));
          }
        }
      }
    }
  }

  /**
   * A field of the class or a superclass that outlives a single test: static, or an instance field
   * of a JUnit 5 {@code @TestInstance(PER_CLASS)} class or of a TestNG class (one instance per class).
   */
  private static boolean livesAsLongAsTheClass(JFieldSymbol field, JClassSymbol cls, Hook hook) {
    if (!TypeHierarchy.selfAndSupertypes(cls).contains(field.getEnclosingClass())) {
      return false;
    }
    return field.isStatic() || Hooks.instancePerClass(cls) || isTestNg(hook);
  }

  private static boolean isTestNg(Hook hook) {
    return hook.annotation().startsWith(TESTNG_PACKAGE);
  }

  /**
   * A test method of the class (or of a class of this file whose tests the class's hooks run
   * around: a nested or a subclass) changes the field, directly or through helpers.
   */
  private static boolean changedByTests(List<ASTTypeDeclaration> types, JClassSymbol cls, JFieldSymbol field) {
    for (ASTTypeDeclaration type : types) {
      Set<JClassSymbol> around = Hooks.hookClassesAround(type.getSymbol());
      if (!around.contains(cls)) {
        continue;
      }
      for (ASTMethodDeclaration method : type.getDeclarations(ASTMethodDeclaration.class)) {
        JMethodSymbol symbol = method.getSymbol();
        if (Hooks.isTest(symbol) && method.getBody() != null
            && Reach.anyNode(method.getBody(), around, MutableState.changes(field))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A per-test hook around the class's tests reassigns or resets the field (an unreadable one is assumed to). */
  private static boolean resetPerTest(JClassSymbol cls, JFieldSymbol field) {
    return Teardowns.anyHook(
        Teardowns.relevantClasses(cls, field), Hook::isPerTest, field, MutableState.resets(field), true);
  }
}
