package dev.testleak.pmd;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.GlobalStateVocabulary;
import dev.testleak.pmd.support.Hooks.Hook;
import dev.testleak.pmd.support.Nodes;
import dev.testleak.pmd.support.Singletons;
import dev.testleak.pmd.support.Singletons.Singleton;
import dev.testleak.pmd.support.Teardowns;
import dev.testleak.pmd.support.TestCode;
import java.util.Optional;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.JavaNode;

/**
 * {@code SingletonStateNotRestored}: test code that changes the state of a process-wide singleton
 * and undoes it neither in {@code finally} nor in a teardown. Semantics:
 * docs/rules/SingletonStateNotRestored.md.
 */
public final class SingletonStateNotRestoredRule extends TestleakRule {
  public SingletonStateNotRestoredRule() {
    super(Catalogue.SINGLETON_STATE_NOT_RESTORED);
  }

  @Override
  void analyse(ASTCompilationUnit file, TestCode testCode, Object data) {
    for (JavaNode body : testCodeBodies(file, testCode)) {
      for (ASTMethodCall call : Nodes.sameClassDescendants(body, ASTMethodCall.class)) {
        changed(call)
            .filter(singleton -> !Teardowns.restoresEarlierChange(call, SingletonStateNotRestoredRule::restoresChange))
            .filter(singleton -> !Teardowns.undone(call, Hook::isTeardown, restores(singleton, call.getMethodName())))
            .ifPresent(singleton -> report(data, call, call.getMethodName() + (call.getArguments().isEmpty() ? "()" : "(..)"), singleton.display()));
      }
    }
  }

  /** The singleton a mutator call ({@code set*}, {@code register*}, ...) is made on, if it is one. */
  private static Optional<Singleton> changed(ASTMethodCall call) {
    if (call.getQualifier() == null
        || !Singletons.named(call.getMethodName(), GlobalStateVocabulary.SINGLETON_MUTATOR_PREFIXES)
        || call.getMethodType().getSymbol() == null
        || call.getMethodType().getSymbol().isStatic()) {
      return Optional.empty();
    }
    return Singletons.of(call.getQualifier());
  }

  private static boolean restoresChange(ASTMethodCall change, ASTMethodCall call) {
    return changed(change).filter(singleton -> restores(singleton, change.getMethodName()).test(call)).isPresent();
  }

  /** A call on a singleton of the same class, of the same setter or of a restorer ({@code unregister*}, {@code reset*}, ...). */
  private static Predicate<JavaNode> restores(Singleton singleton, String setter) {
    return node -> node instanceof ASTMethodCall
        && ((ASTMethodCall) node).getQualifier() != null
        && (setter.equals(((ASTMethodCall) node).getMethodName())
            || Singletons.named(((ASTMethodCall) node).getMethodName(), GlobalStateVocabulary.SINGLETON_RESTORER_PREFIXES))
        && Singletons.of(((ASTMethodCall) node).getQualifier()).filter(s -> s.type().equals(singleton.type())).isPresent();
  }
}
