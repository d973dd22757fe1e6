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
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.errorprone.support.CallGraph;
import dev.testleak.errorprone.support.Calls;
import dev.testleak.errorprone.support.Containers;
import dev.testleak.errorprone.support.Invocations;
import dev.testleak.errorprone.support.Invocations.Context;
import dev.testleak.errorprone.support.Lifecycle;
import dev.testleak.errorprone.support.Lifecycle.Hook;
import dev.testleak.errorprone.support.Resources;
import dev.testleak.errorprone.support.TestleakChecker;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BugChecker} that flags resources opened once per test invocation and not released by the
 * end of it; docs/rules/ResourceLeakedPerInvocation.md states the exact semantics.
 *
 * <p>Matches each opening expression: whether it opens a resource, whether it runs once per
 * invocation, and then what becomes of the handle (discarded, kept in a local, a field, handed on).
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "ResourceLeakedPerInvocation",
    summary =
        "Resource opened once per test invocation is not closed by the end of that invocation",
    severity = WARNING,
    linkType = CUSTOM,
    link = Catalogue.DOCS_BASE_URI + "ResourceLeakedPerInvocation.md")
public final class ResourceLeakedPerInvocation extends TestleakChecker
    implements NewClassTreeMatcher, MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  private static final String NEVER_CLOSED = "never closed";
  private static final String DISCARDED = "discarded";
  private static final String AFTER_THE_LOOP = "closed only after the loop";
  private static final String AT_CLASS_END = "closed only when the class ends";

  /** Instantiates the check with default options, as {@link java.util.ServiceLoader} requires. */
  public ResourceLeakedPerInvocation() {
    this(ErrorProneFlags.empty());
  }

  /** Instantiates the check with the options of the compilation. */
  @Inject
  ResourceLeakedPerInvocation(ErrorProneFlags flags) {
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

  private Description match(ExpressionTree tree, VisitorState state) {
    if (!Resources.opens(tree, state)) {
      return NO_MATCH;
    }
    Optional<Context> context = Invocations.contextOf(state.getPath(), state);
    if (context.isEmpty()) {
      return NO_MATCH;
    }
    ClassSymbol clazz = context.get().clazz();
    if (!testCode(state).isTestCode(clazz)) {
      return NO_MATCH;
    }
    TreePath use = Calls.usePath(state.getPath());
    String fate = fate(use, context.get(), clazz, state);
    if (fate == null) {
      return NO_MATCH;
    }
    Description.Builder description =
        describeAt(tree)
            .setMessage(
                Catalogue.RESOURCE_LEAKED_PER_INVOCATION.formatMessage(
                    Resources.typeName(tree), context.get().where(), fate));
    if (fate.equals(NEVER_CLOSED)) {
      tryWithResources(use, context.get().code().getLeaf(), state).ifPresent(description::addFix);
    }
    return description.build();
  }

  /** What becomes of the opened resource; null when it is released or handed on. */
  private static @Nullable String fate(
      TreePath use, Context context, ClassSymbol clazz, VisitorState state) {
    Tree opening = use.getLeaf();
    Tree parent = use.getParentPath().getLeaf();
    if (parent instanceof VariableTree variable) {
      if (use.getParentPath().getParentPath().getLeaf() instanceof TryTree tryTree
          && tryTree.getResources().contains(variable)) {
        return null;
      }
      return fateOfVariable(ASTHelpers.getSymbol(variable), context, clazz, state);
    }
    if (parent instanceof AssignmentTree assignment && assignment.getExpression() == opening) {
      return Calls.variable(assignment.getVariable())
          .map(v -> fateOfVariable(v, context, clazz, state))
          .orElse(null);
    }
    if (parent instanceof ExpressionStatementTree) {
      return DISCARDED;
    }
    if (parent instanceof MemberSelectTree
        && use.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree call) {
      // Used straight away: released only if that use is the release.
      return isReleaseCall(call, opening, state) ? null : NEVER_CLOSED;
    }
    if ((parent instanceof MethodInvocationTree call && call.getArguments().contains(opening))
        || (parent instanceof NewClassTree newClass && newClass.getArguments().contains(opening))) {
      return parent instanceof MethodInvocationTree call && addsOutsideLoop(call, context)
          ? AFTER_THE_LOOP
          : null;
    }
    // Returned, a lambda's result, or a use we cannot follow: handed on.
    return null;
  }

  private static boolean isReleaseCall(
      MethodInvocationTree call, Tree opening, VisitorState state) {
    return Resources.releaseMethods(ASTHelpers.getType(opening), state)
        .contains(ASTHelpers.getSymbol(call).getSimpleName().toString());
  }

  /** True if {@code call} adds to a collection declared outside the loop the code is in. */
  private static boolean addsOutsideLoop(MethodInvocationTree call, Context context) {
    return context.loop() != null
        && Containers.grownVariable(call)
            .filter(collection -> !declaresInside(context.loop().getLeaf(), collection))
            .isPresent();
  }

  /** What becomes of a resource assigned to {@code variable}, a local or a field. */
  private static @Nullable String fateOfVariable(
      VarSymbol variable, Context context, ClassSymbol clazz, VisitorState state) {
    TreePath loop = context.loop();
    boolean perIteration = loop == null || declaresInside(loop.getLeaf(), variable);
    Uses uses = uses(context.code(), loop, variable, context, state);
    if (uses.releasedInLoop || (loop == null && uses.released)) {
      return null;
    }
    if (uses.field != null) {
      return fateOfField(uses.field, clazz, state, loop != null);
    }
    if (variable.getKind() == ElementKind.FIELD) {
      return fateOfField(variable, clazz, state, loop != null);
    }
    if (!perIteration && uses.released) {
      return AFTER_THE_LOOP;
    }
    return uses.addedOutsideLoop ? AFTER_THE_LOOP : NEVER_CLOSED;
  }

  /**
   * What becomes of a resource kept in {@code field}: released by the framework, because the
   * field's annotation hands the value's lifecycle to it, or per invocation by a teardown?
   */
  private static @Nullable String fateOfField(
      VarSymbol field, ClassSymbol clazz, VisitorState state, boolean inLoop) {
    if (Resources.isManagedField(field)) {
      return inLoop ? AFTER_THE_LOOP : null;
    }
    Set<ClassSymbol> around = Lifecycle.classesAround(clazz, state);
    if (Lifecycle.anyHookReaches(
        around,
        hook -> hook.isTeardown() && hook.isPerTest(),
        t -> Resources.releases(t, field, state) || Calls.passes(t, field),
        state)) {
      return inLoop ? AFTER_THE_LOOP : null;
    }
    if (Lifecycle.anyHookReaches(
        around,
        Hook::isTeardown,
        t -> Resources.releases(t, field, state) || Calls.passes(t, field),
        state)) {
      return inLoop ? AFTER_THE_LOOP : AT_CLASS_END;
    }
    return NEVER_CLOSED;
  }

  /** What the method does with a variable that holds the resource. */
  private static final class Uses {
    boolean released;
    boolean releasedInLoop;
    boolean addedOutsideLoop;
    @Nullable VarSymbol field;
  }

  private static Uses uses(
      TreePath code,
      @Nullable TreePath loop,
      VarSymbol variable,
      Context context,
      VisitorState state) {
    Uses uses = new Uses();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree != null && isRelease(tree)) {
          uses.released = true;
          if (loop != null && isInside(loop.getLeaf())) {
            uses.releasedInLoop = true;
          }
        }
        return super.scan(tree, null);
      }

      private boolean isInside(Tree loopTree) {
        for (TreePath p = getCurrentPath(); p != null; p = p.getParentPath()) {
          if (p.getLeaf() == loopTree) {
            return true;
          }
        }
        return false;
      }

      private boolean isRelease(Tree tree) {
        if (tree instanceof MethodInvocationTree call
            && Calls.passes(call.getArguments(), variable)
            && addsOutsideLoop(call, context)) {
          uses.addedOutsideLoop = true;
          return false;
        }
        if (tree instanceof AssignmentTree assignment
            && Calls.variable(assignment.getExpression()).filter(variable::equals).isPresent()) {
          Calls.variable(assignment.getVariable())
              .filter(v -> v.getKind() == ElementKind.FIELD)
              .ifPresent(f -> uses.field = f);
          return false;
        }
        return Resources.releases(tree, variable, state)
            || Calls.passes(tree, variable)
            || (tree instanceof ReturnTree r
                && Calls.variable(r.getExpression()).filter(variable::equals).isPresent())
            || (tree instanceof TryTree t
                && t.getResources().stream()
                    .anyMatch(
                        resource ->
                            resource instanceof ExpressionTree e
                                && Calls.variable(e).filter(variable::equals).isPresent()));
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        if (tree.getBody() instanceof ExpressionTree body
            && Calls.variable(body).filter(variable::equals).isPresent()) {
          uses.released = true; // The lambda returns it.
        }
        return super.visitLambdaExpression(tree, null);
      }
    }.scan(code, null);
    return uses;
  }

  /** True if {@code tree} declares {@code variable} (a local declared in that loop). */
  private static boolean declaresInside(Tree tree, VarSymbol variable) {
    return CallGraph.contains(
        tree, t -> t instanceof VariableTree v && variable.equals(ASTHelpers.getSymbol(v)));
  }

  /**
   * Rewrites {@code Type name = open(..); rest...} into {@code try (Type name = open(..)) { rest...
   * }}, the rest being the statements after it in its block. Offered only for a local declaration
   * statement whose variable is never reassigned (a resource variable is implicitly final).
   */
  private static Optional<SuggestedFix> tryWithResources(
      TreePath use, Tree code, VisitorState state) {
    if (!(use.getParentPath().getLeaf() instanceof VariableTree declaration)
        || !(use.getParentPath().getParentPath().getLeaf() instanceof BlockTree block)
        || isReassigned(code, ASTHelpers.getSymbol(declaration))) {
      return Optional.empty();
    }
    List<? extends StatementTree> statements = block.getStatements();
    int index = statements.indexOf(declaration);
    String resource = state.getSourceForNode(declaration).strip();
    if (resource.endsWith(";")) {
      resource = resource.substring(0, resource.length() - 1);
    }
    int start = ASTHelpers.getStartPosition(declaration);
    if (index == statements.size() - 1) {
      return Optional.of(
          SuggestedFix.replace(
              start, state.getEndPosition(declaration), "try (" + resource + ") {}"));
    }
    int restStart = ASTHelpers.getStartPosition(statements.get(index + 1));
    int end = state.getEndPosition(statements.get(statements.size() - 1));
    String rest = state.getSourceCode().subSequence(restStart, end).toString();
    return Optional.of(
        SuggestedFix.replace(start, end, "try (" + resource + ") {\n" + rest + "\n}"));
  }

  private static boolean isReassigned(Tree code, VarSymbol variable) {
    return CallGraph.contains(
        code,
        t ->
            t instanceof AssignmentTree a
                && variable.equals(ASTHelpers.getSymbol(a.getVariable())));
  }
}
