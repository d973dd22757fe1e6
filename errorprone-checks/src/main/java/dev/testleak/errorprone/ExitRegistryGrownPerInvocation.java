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
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.ResourceVocabulary;
import dev.testleak.errorprone.support.Calls;
import dev.testleak.errorprone.support.Invocations;
import dev.testleak.errorprone.support.Invocations.Context;
import dev.testleak.errorprone.support.Lifecycle;
import dev.testleak.errorprone.support.TestleakChecker;
import java.util.Optional;
import java.util.function.Predicate;
import javax.inject.Inject;

/**
 * A {@link BugChecker} that flags {@code File.deleteOnExit()} and {@code
 * Runtime.addShutdownHook(..)} called once per test invocation;
 * docs/rules/ExitRegistryGrownPerInvocation.md states the exact semantics.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "ExitRegistryGrownPerInvocation",
    summary = "JVM exit registry grows once per test invocation",
    severity = WARNING,
    linkType = CUSTOM,
    link = Catalogue.DOCS_BASE_URI + "ExitRegistryGrownPerInvocation.md")
public final class ExitRegistryGrownPerInvocation extends TestleakChecker
    implements MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** Instantiates the check with default options, as {@link java.util.ServiceLoader} requires. */
  public ExitRegistryGrownPerInvocation() {
    this(ErrorProneFlags.empty());
  }

  /** Instantiates the check with the options of the compilation. */
  @Inject
  ExitRegistryGrownPerInvocation(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    if (!Calls.isOneOf(method, ResourceVocabulary.EXIT_REGISTRATIONS, state)) {
      return NO_MATCH;
    }
    // The rule's spec lists its contexts: methods and their loops, not the code that creates the
    // test instance (constructors and initializers).
    Optional<Context> context =
        Invocations.contextOf(state.getPath(), state).filter(c -> !c.isInstanceCreation());
    if (context.isEmpty()) {
      return NO_MATCH;
    }
    ClassSymbol clazz = context.get().clazz();
    if (!testCode(state).isTestCode(clazz) || isDeregistered(tree, state.getPath(), clazz, state)) {
      return NO_MATCH;
    }
    String call =
        method.owner.getSimpleName()
            + "."
            + method.getSimpleName()
            + (tree.getArguments().isEmpty() ? "()" : "(..)");
    return describeAt(tree)
        .setMessage(
            Catalogue.EXIT_REGISTRY_GROWN_PER_INVOCATION.formatMessage(call, context.get().where()))
        .build();
  }

  /**
   * True if the registered hook, a variable, is deregistered in a {@code finally} of the same
   * method or in a per-invocation teardown. A {@code deleteOnExit} entry can never be removed.
   */
  private static boolean isDeregistered(
      MethodInvocationTree registration,
      TreePath registrationPath,
      ClassSymbol clazz,
      VisitorState state) {
    Optional<VarSymbol> hook =
        registration.getArguments().size() == 1
            ? Calls.variable(registration.getArguments().get(0))
            : Optional.empty();
    if (hook.isEmpty()) {
      return false;
    }
    Predicate<Tree> deregisters =
        t ->
            Calls.isCallOf(t, ResourceVocabulary.EXIT_DEREGISTRATIONS, state)
                && Calls.passes(t, hook.get());
    return Lifecycle.undoneInFinallyOrHook(
        registrationPath, clazz, h -> h.isTeardown() && h.isPerTest(), deregisters, state);
  }
}
