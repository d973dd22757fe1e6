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
import dev.testleak.errorprone.support.Singletons;
import dev.testleak.errorprone.support.Singletons.Singleton;
import dev.testleak.errorprone.support.TestleakChecker;
import java.util.Optional;
import java.util.function.Predicate;
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
    Optional<Singleton> singleton = Calls.receiver(tree).flatMap(r -> Singletons.of(r, state));
    ClassTree classTree = state.findEnclosing(ClassTree.class);
    if (singleton.isEmpty()
        || classTree == null
        || !testCode(state).isTestCode(ASTHelpers.getSymbol(classTree))) {
      return NO_MATCH;
    }
    String setter = method.getSimpleName().toString();
    ClassSymbol singletonClass = singleton.get().clazz();
    Predicate<Tree> restores =
        t -> {
          if (!(t instanceof MethodInvocationTree call)
              || !(ASTHelpers.getSymbol(call) instanceof MethodSymbol m)) {
            return false;
          }
          String name = m.getSimpleName().toString();
          return (name.equals(setter) || Singletons.isRestorer(name))
              && Calls.receiver(call)
                  .flatMap(r -> Singletons.of(r, state))
                  .filter(s -> s.clazz() == singletonClass)
                  .isPresent();
        };
    if (Lifecycle.undoneInFinallyOrHook(
        state.getPath(), ASTHelpers.getSymbol(classTree), Hook::isTeardown, restores, state)) {
      return NO_MATCH;
    }
    return describeAt(tree)
        .setMessage(
            Catalogue.SINGLETON_STATE_NOT_RESTORED.formatMessage(
                setter + (tree.getArguments().isEmpty() ? "()" : "(..)"),
                singleton.get().display()))
        .build();
  }
}
