package dev.testleak.pmd;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.ResourceVocabulary;

import dev.testleak.pmd.support.Invocations;
import dev.testleak.pmd.support.Nodes;
import dev.testleak.pmd.support.Teardowns;
import dev.testleak.pmd.support.TestCode;
import java.util.Optional;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;

/**
 * {@code ExitRegistryGrownPerInvocation}: {@code File.deleteOnExit()} or {@code
 * Runtime.addShutdownHook(..)} called once per test invocation. Semantics:
 * docs/rules/ExitRegistryGrownPerInvocation.md.
 */
public final class ExitRegistryGrownPerInvocationRule extends TestleakRule {
  public ExitRegistryGrownPerInvocationRule() {
    super(Catalogue.EXIT_REGISTRY_GROWN_PER_INVOCATION);
  }

  @Override
  void analyse(ASTCompilationUnit file, TestCode testCode, Object data) {
    for (ASTMethodDeclaration method : testCodeMethods(file, testCode)) {
      for (ASTMethodCall call : Nodes.sameClassDescendants(method.getBody(), ASTMethodCall.class)) {
        String qualified = Nodes.qualifiedName(call);
        if (!ResourceVocabulary.EXIT_REGISTRATIONS.contains(qualified) || removed(call)) {
          continue;
        }
        Optional<String> where = Invocations.perInvocation(call);
        if (where.isPresent()) {
          report(data, call, display(qualified, call), where.get());
        }
      }
    }
  }

  /**
   * A shutdown hook kept in a variable and removed in a {@code finally} of the same method or in a
   * per-invocation teardown; a {@code deleteOnExit} entry can never be removed.
   */
  private static boolean removed(ASTMethodCall registration) {
    if (registration.getArguments().isEmpty()) {
      return false;
    }
    JVariableSymbol hook = Nodes.referenced(registration.getArguments().get(0));
    if (hook == null) {
      return false;
    }
    Predicate<JavaNode> removes = node -> node instanceof ASTMethodCall
        && ResourceVocabulary.EXIT_DEREGISTRATIONS.contains(Nodes.qualifiedName((ASTMethodCall) node))
        && Nodes.passes((ASTMethodCall) node, hook);
    return Teardowns.undone(registration, h -> h.isTeardown() && h.isPerTest(), removes);
  }

  /** {@code File.deleteOnExit()}, {@code Runtime.addShutdownHook(..)}. */
  private static String display(String qualified, ASTMethodCall call) {
    String owner = qualified.substring(qualified.lastIndexOf('.') + 1, qualified.indexOf('#'));
    return owner + "." + call.getMethodName() + (call.getArguments().isEmpty() ? "()" : "(..)");
  }
}
