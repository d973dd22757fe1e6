package dev.testleak.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;
import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.AssignmentTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import dev.testleak.errorprone.support.CallGraph;
import dev.testleak.errorprone.support.HookFixes;
import dev.testleak.errorprone.support.HookFixes.HookCode;
import dev.testleak.errorprone.support.Lifecycle;
import dev.testleak.errorprone.support.Lifecycle.Hook;
import dev.testleak.errorprone.support.MutableState;
import dev.testleak.errorprone.support.MutableState.Kind;
import dev.testleak.errorprone.support.TestleakChecker;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;

/**
 * A {@link BugChecker} that flags state a class-level once-hook creates and the tests then change;
 * docs/rules/OnceHookStateMutatedByTests.md states the exact semantics.
 *
 * <p>Matches each assignment in a once-hook: the field, the state created, the tests that change
 * it, and the per-test hooks that would reset it are judged in that order.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "OnceHookStateMutatedByTests",
    summary = "State created once per class in a once-hook is changed by every test",
    severity = WARNING,
    linkType = CUSTOM,
    link = Catalogue.DOCS_BASE_URI + "OnceHookStateMutatedByTests.md")
public final class OnceHookStateMutatedByTests extends TestleakChecker
    implements AssignmentTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** Instantiates the check with default options, as {@link java.util.ServiceLoader} requires. */
  public OnceHookStateMutatedByTests() {
    this(ErrorProneFlags.empty());
  }

  /** Instantiates the check with the options of the compilation. */
  @Inject
  OnceHookStateMutatedByTests(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchAssignment(AssignmentTree tree, VisitorState state) {
    if (!(ASTHelpers.getSymbol(tree.getVariable()) instanceof VarSymbol field)
        || field.getKind() != ElementKind.FIELD) {
      return NO_MATCH;
    }
    TreePath hookPath = enclosingMethod(state.getPath());
    if (hookPath == null) {
      return NO_MATCH;
    }
    MethodTree hookTree = (MethodTree) hookPath.getLeaf();
    MethodSymbol hookMethod = ASTHelpers.getSymbol(hookTree);
    Optional<Hook> hook = onceHook(hookMethod, state);
    ClassSymbol clazz = hookMethod.enclClass();
    if (hook.isEmpty()
        || !testCode(state).isTestCode(clazz)
        || !Lifecycle.supertypes(clazz, state).contains(field.owner.enclClass())
        || !(field.isStatic() || Lifecycle.sharesInstanceAcrossTests(clazz, state))) {
      return NO_MATCH;
    }
    Optional<Kind> kind = MutableState.createdBy(tree.getExpression(), state);
    ClassTree classTree = (ClassTree) hookPath.getParentPath().getLeaf();
    if (kind.isEmpty()
        || firstOnceHookAssignment(classTree, field, state) != tree
        || isSuppressed(field, state)
        || !changedByTests(clazz, field, kind.get(), state)) {
      return NO_MATCH;
    }
    String perTestHook =
        Lifecycle.frameworkOf(hook.get().source())
            .flatMap(f -> Lifecycle.hookAnnotation(f, Scope.PER_TEST, Phase.SETUP, null))
            .orElse(Lifecycle.JUPITER + ".BeforeEach");
    Description.Builder description =
        describeAt(tree)
            .setMessage(
                Catalogue.ONCE_HOOK_STATE_MUTATED_BY_TESTS.formatMessage(
                    kind.get().word(),
                    field.getSimpleName(),
                    hook.get().displayName(),
                    "@" + Lifecycle.simpleName(perTestHook)));
    moveToPerTestHook(tree, hookTree, classTree, field, perTestHook, state)
        .ifPresent(description::addFix);
    return description.build();
  }

  /** The method whose own code {@code path} is in: not a lambda's, not a nested class's. */
  private static TreePath enclosingMethod(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof MethodTree) {
        return p.getParentPath().getLeaf() instanceof ClassTree ? p : null;
      }
      if (leaf instanceof LambdaExpressionTree || leaf instanceof ClassTree) {
        return null;
      }
    }
    return null;
  }

  /** The hook if {@code method} is annotated as a class-level set-up hook. */
  private static Optional<Hook> onceHook(MethodSymbol method, VisitorState state) {
    return Lifecycle.hookOf(method, state).filter(h -> h.isClassLevelSetup() && h.isAnnotated());
  }

  /** The first assignment to {@code field} in the class's once-hooks that creates state. */
  private static Tree firstOnceHookAssignment(
      ClassTree classTree, VarSymbol field, VisitorState state) {
    for (Tree member : classTree.getMembers()) {
      if (member instanceof MethodTree method
          && method.getBody() != null
          && onceHook(ASTHelpers.getSymbol(method), state).isPresent()) {
        AssignmentTree first =
            new TreeScanner<AssignmentTree, Void>() {
              @Override
              public AssignmentTree visitAssignment(AssignmentTree tree, Void unused) {
                return field.equals(ASTHelpers.getSymbol(tree.getVariable()))
                        && MutableState.createdBy(tree.getExpression(), state).isPresent()
                    ? tree
                    : super.visitAssignment(tree, null);
              }

              @Override
              public AssignmentTree visitClass(ClassTree tree, Void unused) {
                return null;
              }

              @Override
              public AssignmentTree visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
                return null;
              }

              @Override
              public AssignmentTree reduce(AssignmentTree later, AssignmentTree earlier) {
                return earlier != null ? earlier : later;
              }
            }.scan(method.getBody(), null);
        if (first != null) {
          return first;
        }
      }
    }
    return null;
  }

  /**
   * True if, in a class whose tests run after the once-hook (the hook's class, its nested classes,
   * or a subclass compiled here), a test (declared or inherited), or a method of that class's
   * hierarchy it calls, changes the field, and no per-test hook around that class resets it.
   */
  private static boolean changedByTests(
      ClassSymbol clazz, VarSymbol field, Kind kind, VisitorState state) {
    Set<ClassSymbol> testClasses = new LinkedHashSet<>(Lifecycle.withNestedClasses(clazz));
    for (ClassSymbol subclass : Lifecycle.subclassesInCompilation(clazz, state)) {
      testClasses.addAll(Lifecycle.withNestedClasses(subclass));
    }
    for (ClassSymbol testClass : testClasses) {
      Set<ClassSymbol> around = Lifecycle.classesAround(testClass, state);
      if (changedByTestsOf(testClass, around, field, kind, state)
          && !Lifecycle.anyHookReaches(
              around, Hook::isPerTest, t -> MutableState.resets(t, field), state)) {
        return true;
      }
    }
    return false;
  }

  private static boolean changedByTestsOf(
      ClassSymbol testClass,
      Set<ClassSymbol> around,
      VarSymbol field,
      Kind kind,
      VisitorState state) {
    for (ClassSymbol type : Lifecycle.supertypes(testClass, state)) {
      for (MethodSymbol method : Lifecycle.declaredMethods(type)) {
        MethodTree test = Lifecycle.isTest(method) ? CallGraph.declaration(method, state) : null;
        if (test != null
            && test.getBody() != null
            && CallGraph.reaches(
                test.getBody(),
                t -> MutableState.changes(t, field, kind, state),
                around::contains,
                state)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Moves {@code field = ...;} from the once-hook into the class's per-test set-up hook of the same
   * framework, declaring {@code @BeforeEach void createField()} (or its JUnit 4 or TestNG
   * counterpart) when the class has none. Offered only when the assignment is a statement of the
   * hook's body and reads none of the hook's parameters or locals.
   */
  private static Optional<SuggestedFix> moveToPerTestHook(
      AssignmentTree assignment,
      MethodTree hookTree,
      ClassTree classTree,
      VarSymbol field,
      String perTestHook,
      VisitorState state) {
    Tree statement = state.getPath().getParentPath().getLeaf();
    if (!(statement instanceof ExpressionStatementTree)
        || !(state.getPath().getParentPath().getParentPath().getLeaf() instanceof BlockTree)
        || readsLocals(assignment.getExpression())) {
      return Optional.empty();
    }
    SuggestedFix.Builder fix = SuggestedFix.builder().delete(statement);
    HookFixes.addToHook(
        fix,
        classTree,
        new HookCode(
            perTestHook,
            false,
            HookFixes.methodName("create", field.getSimpleName().toString()),
            state.getSourceForNode(statement),
            hookTree),
        state);
    return Optional.of(fix.build());
  }

  /** True if {@code expression} reads a parameter or local variable declared outside itself. */
  private static boolean readsLocals(Tree expression) {
    Set<Symbol> declaredInside = new LinkedHashSet<>();
    Set<Symbol> read = new LinkedHashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        declaredInside.add(ASTHelpers.getSymbol(tree));
        return super.visitVariable(tree, null);
      }

      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree) instanceof VarSymbol v && v.getKind() != ElementKind.FIELD) {
          read.add(v);
        }
        return null;
      }
    }.scan(expression, null);
    read.removeAll(declaredInside);
    return !read.isEmpty();
  }
}
