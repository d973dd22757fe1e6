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
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.errorprone.support.Calls;
import dev.testleak.errorprone.support.Lifecycle;
import dev.testleak.errorprone.support.Lifecycle.Hook;
import dev.testleak.errorprone.support.PerUnit;
import dev.testleak.errorprone.support.Singletons;
import dev.testleak.errorprone.support.Singletons.Singleton;
import dev.testleak.errorprone.support.TestleakChecker;
import java.util.Optional;
import javax.inject.Inject;

/**
 * A {@link BugChecker} that flags test code changing the state of a process-wide singleton that
 * nothing restores; docs/rules/SingletonStateNotRestored.md states the exact semantics.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "SingletonStateNotRestored",
    summary = "Test changes the state of a process-wide singleton and does not restore it",
    severity = WARNING,
    linkType = CUSTOM,
    link = Catalogue.DOCS_BASE_URI + "SingletonStateNotRestored.md")
public final class SingletonStateNotRestored extends TestleakChecker
    implements MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** What this check learnt about singleton classes and locals of the unit it is in. */
  private final transient PerUnit<Singletons> singletons = new PerUnit<>(Singletons::of);

  /** Instantiates the check with default options, as {@link java.util.ServiceLoader} requires. */
  public SingletonStateNotRestored() {
    this(ErrorProneFlags.empty());
  }

  /** Instantiates the check with the options of the compilation. */
  @Inject
  SingletonStateNotRestored(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    if (method == null
        || method.isStatic()
        || !Singletons.isMutator(method.getSimpleName().toString())) {
      return NO_MATCH;
    }
    Singletons known = singletons.get(state);
    Optional<Singleton> singleton = Calls.receiver(tree).flatMap(r -> known.yieldedBy(r, state));
    ClassTree classTree = state.findEnclosing(ClassTree.class);
    if (singleton.isEmpty()
        || classTree == null
        || !testCode(state).isTestCode(ASTHelpers.getSymbol(classTree))) {
      return NO_MATCH;
    }
    String setter = method.getSimpleName().toString();
    ClassSymbol singletonClass = singleton.get().clazz();
    if (Lifecycle.followsInSameCode(
            state.getPath(), earlier -> changes(earlier, setter, singletonClass, known, state))
        || Lifecycle.undoneInFinallyOrHook(
            state.getPath(),
            ASTHelpers.getSymbol(classTree),
            Hook::isTeardown,
            t -> restores(t, setter, singletonClass, known, state),
            state)) {
      return NO_MATCH;
    }
    return describeAt(tree)
        .setMessage(
            Catalogue.SINGLETON_STATE_NOT_RESTORED.formatMessage(
                setter + (tree.getArguments().isEmpty() ? "()" : "(..)"),
                singleton.get().display()))
        .build();
  }

  /**
   * True if {@code tree} is a change that a later call of {@code setter} on a singleton of {@code
   * singletonClass} restores: a call of that same setter on a singleton of that class.
   */
  private static boolean changes(
      Tree tree, String setter, ClassSymbol singletonClass, Singletons known, VisitorState state) {
    return tree instanceof MethodInvocationTree call
        && ASTHelpers.getSymbol(call) instanceof MethodSymbol m
        && !m.isStatic()
        && m.getSimpleName().contentEquals(setter)
        && onSingletonOf(call, singletonClass, known, state);
  }

  /** A call on a singleton of the same class, of the same setter or of a restorer. */
  private static boolean restores(
      Tree tree, String setter, ClassSymbol singletonClass, Singletons known, VisitorState state) {
    if (!(tree instanceof MethodInvocationTree call)
        || !(ASTHelpers.getSymbol(call) instanceof MethodSymbol m)) {
      return false;
    }
    String name = m.getSimpleName().toString();
    return (name.equals(setter) || Singletons.isRestorer(name))
        && onSingletonOf(call, singletonClass, known, state);
  }

  private static boolean onSingletonOf(
      MethodInvocationTree call, ClassSymbol singletonClass, Singletons known, VisitorState state) {
    return Calls.receiver(call)
        .flatMap(r -> known.yieldedBy(r, state))
        .filter(s -> s.clazz() == singletonClass)
        .isPresent();
  }
}
