package dev.testleak.pmd;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.ConcurrencyVocabulary.Kind;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import dev.testleak.catalogue.ResourceVocabulary;
import dev.testleak.pmd.support.Clearing;
import dev.testleak.pmd.support.Concurrency;
import dev.testleak.pmd.support.Destination;
import dev.testleak.pmd.support.Destination.Where;
import dev.testleak.pmd.support.Hooks;
import dev.testleak.pmd.support.Hooks.Hook;
import dev.testleak.pmd.support.Nodes;
import dev.testleak.pmd.support.Teardowns;
import dev.testleak.pmd.support.TestCode;
import java.util.Optional;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTFieldDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;

/**
 * {@code ThreadOrServerNeverStopped}: a thread, executor, timer or server started in class-level or
 * per-test set-up that no teardown of the same scope stops. Semantics:
 * docs/rules/ThreadOrServerNeverStopped.md.
 */
public final class ThreadOrServerNeverStoppedRule extends TestleakRule {
  private static final String STATIC_INITIALIZER = "a static initializer";

  public ThreadOrServerNeverStoppedRule() {
    super(Catalogue.THREAD_OR_SERVER_NEVER_STOPPED);
  }

  /** A set-up context: its code, the hook it is (empty for static initialisation), its scope. */
  private record Setup(JavaNode code, Optional<Hook> hook, JClassSymbol type) {
    Scope scope() {
      return hook.map(Hook::scope).orElse(Scope.PER_CLASS);
    }

    String where() {
      return hook.map(Hook::display).orElse(STATIC_INITIALIZER);
    }

    /** The teardown of the same scope and framework, as messages name it. */
    String teardown() {
      return hook.map(h -> h.counterpart(scope(), Phase.TEARDOWN)).orElseGet(() -> Hooks.classTeardownOf(type));
    }
  }

  @Override
  void analyse(ASTCompilationUnit file, TestCode testCode, Object data) {
    for (ASTTypeDeclaration type : file.descendants(ASTTypeDeclaration.class).crossFindBoundaries()) {
      JClassSymbol cls = type.getSymbol();
      if (!testCode.isTestClassInThisFile(cls)) {
        continue;
      }
      boolean staticSetup = testCode.isTestByLifecycle(cls);
      for (JavaNode member : type.getBody().children()) {
        Setup setup = setupOf(member, cls, staticSetup);
        if (setup != null) {
          for (ASTExpression created : Nodes.sameClassDescendants(setup.code(), ASTExpression.class)) {
            Concurrency.created(created)
                .filter(kind -> startedAndNeverStopped(created, kind, setup))
                .ifPresent(kind -> report(data, created, kind.word(), name(created), setup.where(),
                    setup.teardown() + " (" + Concurrency.stopCall(kind) + ")"));
          }
        }
      }
    }
  }

  /**
   * The set-up context a member is, or null: a static initializer or static field declaration of a
   * class with tests or hooks, or a set-up hook (annotation or callback, class-level or per-test).
   * A constructor, instance initializer or instance field initializer is none: the rule doc names
   * the set-up contexts, and Error Prone and SpotBugs ({@code <init>}) do not count them either.
   */
  private static Setup setupOf(JavaNode member, JClassSymbol cls, boolean staticSetup) {
    if (member instanceof ASTInitializer && ((ASTInitializer) member).isStatic()
        || member instanceof ASTFieldDeclaration && ((ASTFieldDeclaration) member).isStatic()) {
      return staticSetup ? new Setup(member, Optional.empty(), cls) : null;
    }
    if (member instanceof ASTMethodDeclaration && ((ASTMethodDeclaration) member).getBody() != null) {
      ASTMethodDeclaration method = (ASTMethodDeclaration) member;
      Optional<Hook> hook = Hooks.hookOf(method.getSymbol()).filter(h -> h.phase() == Phase.SETUP);
      return hook.isPresent() ? new Setup(method.getBody(), hook, cls) : null;
    }
    return null;
  }

  private static boolean startedAndNeverStopped(ASTExpression created, Kind kind, Setup setup) {
    Destination destination = Destination.of(created);
    boolean startedHere = kind.startedByConstruction()
        || created instanceof ASTMethodCall && Concurrency.isStartingFactory((ASTMethodCall) created);
    switch (destination.where()) {
      case DISCARDED:
        return startedHere || destination.qualified() != null && Concurrency.isStart(destination.qualified());
      case VARIABLE:
        JVariableSymbol variable = destination.variable();
        if (!startedHere && !startedLater(setup.code(), variable)) {
          return false;
        }
        return variable instanceof JFieldSymbol
            ? !stoppedByTeardown((JFieldSymbol) variable, kind, setup)
            : !stoppedLocally(setup.code(), variable, kind);
      default:
        return false;
    }
  }

  private static boolean startedLater(JavaNode code, JVariableSymbol variable) {
    return Nodes.sameClassDescendants(code, ASTMethodCall.class).stream()
        .anyMatch(call -> Concurrency.isStart(call) && Nodes.refersTo(call.getQualifier(), variable));
  }

  /** A local is stopped in the same method: a stop call on it, handed on, or stored elsewhere. */
  private static boolean stoppedLocally(JavaNode code, JVariableSymbol local, Kind kind) {
    Predicate<JavaNode> stops = Clearing.directly(local, Clearing.named(kind.stopMethods()), false).or(assignedElsewhere(local));
    return Nodes.sameClassDescendants(code, JavaNode.class).stream().anyMatch(stops);
  }

  /** {@code other = local}: the value is kept somewhere this rule does not follow. */
  private static Predicate<JavaNode> assignedElsewhere(JVariableSymbol local) {
    return node -> node instanceof ASTAssignmentExpression
        && Nodes.refersTo(((ASTAssignmentExpression) node).getRightOperand(), local);
  }

  /**
   * A field is stopped by JUnit ({@code @AutoClose}, {@link ResourceVocabulary#MANAGED_FIELD_ANNOTATIONS}) or by a teardown of the same scope (a per-test
   * teardown also for class-level state) that calls a stop method on it or hands it on.
   */
  private static boolean stoppedByTeardown(JFieldSymbol field, Kind kind, Setup setup) {
    if (Hooks.hasAnnotation(field, ResourceVocabulary.MANAGED_FIELD_ANNOTATIONS)) {
      return true;
    }
    Predicate<Hook> sameScope = h -> h.isTeardown() && (h.isPerTest() || setup.scope() == Scope.PER_CLASS);
    return Teardowns.anyHook(Teardowns.relevantClasses(setup.type(), field), sameScope, field,
        Clearing.directly(field, Clearing.named(kind.stopMethods()), false), true);
  }

  /** The field or local the value is stored in, or its type's simple name when it is not stored. */
  private static String name(ASTExpression created) {
    Destination destination = Destination.of(created);
    return destination.variable() != null
        ? destination.variable().getSimpleName()
        : created.getTypeMirror().getSymbol() == null ? "?" : created.getTypeMirror().getSymbol().getSimpleName();
  }
}
