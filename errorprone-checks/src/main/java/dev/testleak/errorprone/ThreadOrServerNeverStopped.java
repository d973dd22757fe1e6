package dev.testleak.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;
import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.NewClassTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.ConcurrencyVocabulary;
import dev.testleak.catalogue.ConcurrencyVocabulary.Kind;
import dev.testleak.catalogue.LifecycleVocabulary.Phase;
import dev.testleak.catalogue.LifecycleVocabulary.Scope;
import dev.testleak.errorprone.support.BackgroundWork;
import dev.testleak.errorprone.support.BackgroundWork.Creation;
import dev.testleak.errorprone.support.CallGraph;
import dev.testleak.errorprone.support.Calls;
import dev.testleak.errorprone.support.HookFixes;
import dev.testleak.errorprone.support.HookFixes.HookCode;
import dev.testleak.errorprone.support.Lifecycle;
import dev.testleak.errorprone.support.Lifecycle.Hook;
import dev.testleak.errorprone.support.TestleakChecker;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BugChecker} that flags threads, executors, timers and servers started in test set-up
 * that no teardown of the same scope stops; docs/rules/ThreadOrServerNeverStopped.md states the
 * exact semantics.
 *
 * <p>Matches each creation expression: what it creates, where (set-up of which scope), what holds
 * it, whether it is started, and whether the holder is stopped, in that order.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "ThreadOrServerNeverStopped",
    summary = "Thread, executor, timer or server started in test set-up is never stopped",
    severity = WARNING,
    linkType = CUSTOM,
    link = Catalogue.DOCS_BASE_URI + "ThreadOrServerNeverStopped.md")
public final class ThreadOrServerNeverStopped extends TestleakChecker
    implements NewClassTreeMatcher, MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  private static final String AUTO_CLOSE = "org.junit.jupiter.api.AutoClose";

  /** Instantiates the check with default options, as {@link java.util.ServiceLoader} requires. */
  public ThreadOrServerNeverStopped() {
    this(ErrorProneFlags.empty());
  }

  /** Instantiates the check with the options of the compilation. */
  @Inject
  ThreadOrServerNeverStopped(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchNewClass(NewClassTree tree, VisitorState state) {
    return match(tree, state);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return match(tree, state);
  }

  /**
   * Set-up code: the member of {@code clazz} it is (a hook method, a static initializer or static
   * field), the hook if it is one, and the scope its teardown must have.
   */
  private record Setup(TreePath member, @Nullable Hook hook, Scope scope, ClassSymbol clazz) {
    String where() {
      return hook != null ? hook.displayName() : "a static initializer";
    }
  }

  private Description match(ExpressionTree tree, VisitorState state) {
    Optional<Creation> creation = BackgroundWork.createdBy(tree, state);
    if (creation.isEmpty()) {
      return NO_MATCH;
    }
    Setup setup = setupOf(state.getPath(), state);
    if (setup == null
        || !testCode(state).isTestCode(setup.clazz())
        || (setup.hook() == null && !Lifecycle.hasTestsOrHooks(setup.clazz(), state))) {
      return NO_MATCH;
    }
    Kind kind = creation.get().kind();
    TreePath use = Calls.usePath(state.getPath());
    Tree parent = use.getParentPath().getLeaf();
    VarSymbol holder;
    if (parent instanceof MemberSelectTree
        && use.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree call) {
      // Used straight away (new Thread(..).start(), newFixedThreadPool(1).submit(..)): kept
      // nowhere.
      boolean started =
          creation.get().started()
              || ConcurrencyVocabulary.START_METHODS.contains(
                  ASTHelpers.getSymbol(call).getSimpleName().toString());
      return started ? describe(tree, kind, unnamed(tree, state), setup, null, state) : NO_MATCH;
    } else if (parent instanceof AssignmentTree assignment
        && assignment.getExpression() == use.getLeaf()) {
      holder = Calls.variable(assignment.getVariable()).orElse(null);
    } else if (parent instanceof VariableTree variable) {
      holder = ASTHelpers.getSymbol(variable);
    } else {
      // Passed to a method or constructor, returned, or used in a way we cannot follow: handed on.
      return NO_MATCH;
    }
    if (holder == null) {
      return NO_MATCH;
    }
    Tree code = setup.member().getLeaf();
    VarSymbol finalHolder = holder;
    if (!creation.get().started()
        && !reachesInSetup(setup, state, t -> BackgroundWork.starts(t, finalHolder))) {
      return NO_MATCH;
    }
    if (holder.getKind() != ElementKind.FIELD) {
      Optional<VarSymbol> field = fieldAssignedFrom(code, holder);
      if (field.isEmpty()) {
        boolean stopped =
            CallGraph.reaches(
                code,
                t ->
                    BackgroundWork.stops(t, finalHolder, kind)
                        || Calls.passes(t, finalHolder)
                        || (t instanceof ReturnTree r
                            && Calls.variable(r.getExpression())
                                .filter(finalHolder::equals)
                                .isPresent()),
                Lifecycle.supertypes(setup.clazz(), state)::contains,
                state);
        return stopped
            ? NO_MATCH
            : describe(tree, kind, holder.getSimpleName().toString(), setup, null, state);
      }
      holder = field.get();
    }
    VarSymbol field = holder;
    if (Lifecycle.annotation(field, AUTO_CLOSE).isPresent()
        || Lifecycle.anyHookReaches(
            Lifecycle.classesAround(setup.clazz(), state),
            hook -> hook.isTeardown() && (setup.scope() == Scope.PER_CLASS || hook.isPerTest()),
            t -> BackgroundWork.stops(t, field, kind) || Calls.passes(t, field),
            state)) {
      return NO_MATCH;
    }
    return describe(tree, kind, field.getSimpleName().toString(), setup, field, state);
  }

  /** The set-up code the creation runs in, or null when it is not set-up code. */
  private static @Nullable Setup setupOf(TreePath path, VisitorState state) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      Tree parent = p.getParentPath() == null ? null : p.getParentPath().getLeaf();
      if (leaf instanceof LambdaExpressionTree || leaf instanceof ClassTree) {
        return null;
      }
      if (leaf instanceof MethodTree method) {
        MethodSymbol symbol = ASTHelpers.getSymbol(method);
        TreePath member = p;
        return Lifecycle.hookOf(symbol, state)
            .filter(Hook::isSetup)
            .map(hook -> new Setup(member, hook, hook.scope(), symbol.enclClass()))
            .orElse(null);
      }
      if (parent instanceof ClassTree classTree
          && ((leaf instanceof BlockTree block && block.isStatic())
              || (leaf instanceof VariableTree variable
                  && ASTHelpers.getSymbol(variable).isStatic()))) {
        return new Setup(p, null, Scope.PER_CLASS, ASTHelpers.getSymbol(classTree));
      }
      if (parent instanceof ClassTree) {
        return null;
      }
    }
    return null;
  }

  /**
   * True if the set-up code reaches a tree {@code effect} accepts: the hook's body, or, for static
   * initialisation, any static initializer or class-level set-up hook of the class.
   */
  private static boolean reachesInSetup(Setup setup, VisitorState state, Predicate<Tree> effect) {
    Set<ClassSymbol> classes = Lifecycle.supertypes(setup.clazz(), state);
    if (setup.hook() != null) {
      return CallGraph.reaches(setup.member().getLeaf(), effect, classes::contains, state);
    }
    ClassTree classTree = (ClassTree) setup.member().getParentPath().getLeaf();
    for (Tree member : classTree.getMembers()) {
      boolean setupCode =
          (member instanceof BlockTree block && block.isStatic())
              || (member instanceof MethodTree method
                  && method.getBody() != null
                  && Lifecycle.hookOf(ASTHelpers.getSymbol(method), state)
                      .filter(Hook::isClassLevelSetup)
                      .isPresent());
      if (setupCode && CallGraph.reaches(member, effect, classes::contains, state)) {
        return true;
      }
    }
    return false;
  }

  /** The field that {@code code} assigns the local {@code local} to ({@code server = local}). */
  private static Optional<VarSymbol> fieldAssignedFrom(Tree code, VarSymbol local) {
    VarSymbol field =
        new TreeScanner<VarSymbol, Void>() {
          @Override
          public VarSymbol visitAssignment(AssignmentTree tree, Void unused) {
            Optional<VarSymbol> target = Calls.variable(tree.getVariable());
            return Calls.variable(tree.getExpression()).filter(local::equals).isPresent()
                    && target.filter(v -> v.getKind() == ElementKind.FIELD).isPresent()
                ? target.get()
                : super.visitAssignment(tree, null);
          }

          @Override
          public VarSymbol reduce(VarSymbol later, VarSymbol earlier) {
            return earlier != null ? earlier : later;
          }
        }.scan(code, null);
    return Optional.ofNullable(field);
  }

  /**
   * How messages name a value that is kept nowhere: {@code new Thread(..)}, {@code
   * Executors.newFixedThreadPool(..)}.
   */
  private static String unnamed(ExpressionTree tree, VisitorState state) {
    if (tree instanceof NewClassTree newClass) {
      return "new " + state.getSourceForNode(newClass.getIdentifier()) + "(..)";
    }
    MethodSymbol method = ASTHelpers.getSymbol((MethodInvocationTree) tree);
    return method.owner.getSimpleName() + "." + method.getSimpleName() + "(..)";
  }

  private Description describe(
      ExpressionTree tree,
      Kind kind,
      String name,
      Setup setup,
      @Nullable VarSymbol field,
      VisitorState state) {
    Optional<Hook> teardown = teardownOf(setup, state);
    String stopCall = BackgroundWork.fixStopCall(kind);
    Description.Builder description =
        describeAt(tree)
            .setMessage(
                Catalogue.THREAD_OR_SERVER_NEVER_STOPPED.formatMessage(
                    kind.word(),
                    name,
                    setup.where(),
                    teardown.map(Hook::displayName).orElse("the matching teardown")
                        + " ("
                        + stopCall
                        + ")"));
    if (field != null) {
      fix(setup, teardown, field, stopCall, state).ifPresent(description::addFix);
    }
    return description.build();
  }

  /**
   * The teardown that pairs with the set-up: its hook's counterpart, or the class-level one of the
   * class's framework.
   */
  private static Optional<Hook> teardownOf(Setup setup, VisitorState state) {
    if (setup.hook() != null) {
      return Lifecycle.teardownFor(setup.hook());
    }
    String framework = Lifecycle.frameworkOf(setup.clazz(), state).orElse(Lifecycle.JUPITER);
    return Lifecycle.hookAnnotation(framework, Scope.PER_CLASS, Phase.TEARDOWN, null)
        .map(a -> new Hook(Scope.PER_CLASS, Phase.TEARDOWN, a));
  }

  /**
   * {@code @AutoClose} on the field when JUnit 5.11+ is on the classpath, the class is a JUnit 5
   * class, the field's type is {@code AutoCloseable} and its lifetime is the set-up's scope;
   * otherwise the stop call in the paired teardown hook (added when the class has none).
   */
  private static Optional<SuggestedFix> fix(
      Setup setup, Optional<Hook> teardown, VarSymbol field, String stopCall, VisitorState state) {
    if (teardown.isEmpty() || !teardown.get().isAnnotated()) {
      return Optional.empty();
    }
    String teardownAnnotation = teardown.get().source();
    String framework = Lifecycle.frameworkOf(teardownAnnotation).orElseThrow();
    boolean sharedInstance = Lifecycle.sharesInstanceAcrossTests(setup.clazz(), state);
    boolean fieldLivesAsLongAsScope =
        (setup.scope() == Scope.PER_CLASS) == (field.isStatic() || sharedInstance);
    VariableTree declaration = declarationInThisFile(field, state);
    Type autoCloseable = state.getTypeFromString("java.lang.AutoCloseable");
    if (framework.equals(Lifecycle.JUPITER)
        && state.getTypeFromString(AUTO_CLOSE) != null
        && autoCloseable != null
        && state.getTypes().isSubtype(state.getTypes().erasure(field.type), autoCloseable)
        && fieldLivesAsLongAsScope
        && declaration != null) {
      SuggestedFix.Builder fix = SuggestedFix.builder();
      String annotation = SuggestedFixes.qualifyType(state, fix, AUTO_CLOSE);
      return Optional.of(fix.prefixWith(declaration, "@" + annotation + " ").build());
    }
    boolean staticHook =
        setup.scope() == Scope.PER_CLASS && !framework.equals(Lifecycle.TESTNG) && !sharedInstance;
    if (staticHook && !field.isStatic()) {
      return Optional.empty();
    }
    ClassTree classTree = (ClassTree) setup.member().getParentPath().getLeaf();
    SuggestedFix.Builder fix = SuggestedFix.builder();
    HookFixes.addToHook(
        fix,
        classTree,
        new HookCode(
            teardownAnnotation,
            staticHook,
            HookFixes.methodName("stop", field.getSimpleName().toString()),
            field.getSimpleName() + "." + stopCall + ";",
            setup.member().getLeaf()),
        state);
    return Optional.of(fix.build());
  }

  private static @Nullable VariableTree declarationInThisFile(VarSymbol field, VisitorState state) {
    Tree tree = JavacTrees.instance(state.context).getTree(field);
    return tree instanceof VariableTree variable
            && TreePath.getPath(state.getPath().getCompilationUnit(), variable) != null
        ? variable
        : null;
  }
}
