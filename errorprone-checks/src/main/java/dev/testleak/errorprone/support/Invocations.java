package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.testleak.catalogue.ResourceVocabulary;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Code that runs once per test invocation (docs/rules/ResourceLeakedPerInvocation.md,
 * "Per-invocation contexts"): the bodies of parameterized, repeated, templated and dynamic tests
 * and theories, the tests of JUnit 4 classes run with a parameterizing runner, TestNG data-provider
 * and {@code invocationCount} tests, the per-invocation set-up hooks of classes with such tests,
 * and loops in any test; the vocabulary is the catalogue's {@link ResourceVocabulary}.
 */
public final class Invocations {
  private Invocations() {}

  private static final Map<String, String> WHERE_BY_ANNOTATION =
      Map.of(
          "org.junit.jupiter.params.ParameterizedTest",
              "in every invocation of a parameterized test",
          "org.junit.jupiter.api.RepeatedTest", "in every repetition of a repeated test",
          "org.junit.jupiter.api.TestTemplate", "in every invocation of a test template",
          "org.junit.jupiter.api.TestFactory", "in every dynamic test of a test factory",
          "org.junit.experimental.theories.Theory", "in every invocation of a theory");

  private static final String RUN_WITH = "org.junit.runner.RunWith";

  /**
   * Code that runs once per invocation.
   *
   * @param where how messages say it, e.g. {@code in every invocation of a parameterized test}
   * @param method the method whose body the code is in
   * @param loop the innermost loop (or {@code forEach} lambda) of that body around the code, if any
   */
  public record Context(String where, TreePath method, @Nullable TreePath loop) {}

  /** The per-invocation context of the code at {@code path}, if it runs once per invocation. */
  public static Optional<Context> contextOf(TreePath path, VisitorState state) {
    TreePath loop = null;
    Tree child = path.getLeaf();
    for (TreePath p = path.getParentPath(); p != null; child = p.getLeaf(), p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof ClassTree) {
        return Optional.empty();
      }
      if (loop == null && isLoopBody(leaf, child, p)) {
        loop = p;
      }
      if (leaf instanceof MethodTree method) {
        return contextOfMethod(ASTHelpers.getSymbol(method), p, loop, state);
      }
    }
    return Optional.empty();
  }

  /** True if {@code method} runs once per invocation, its body being a per-invocation context. */
  public static Optional<String> multiInvocationWhere(MethodSymbol method, VisitorState state) {
    for (String annotation : Lifecycle.annotationNames(method)) {
      String where = WHERE_BY_ANNOTATION.get(annotation);
      if (where != null
          && ResourceVocabulary.MULTI_INVOCATION_TEST_ANNOTATIONS.contains(annotation)) {
        return Optional.of(where);
      }
    }
    Optional<Attribute.Compound> testNg =
        Lifecycle.annotation(method, ResourceVocabulary.TESTNG_TEST);
    if (testNg.isPresent()) {
      Object dataProvider = value(testNg.get(), "dataProvider");
      if (dataProvider instanceof String name && !name.isEmpty()) {
        return Optional.of("in every invocation of a data-provider test");
      }
      if (value(testNg.get(), "invocationCount") instanceof Integer count && count > 1) {
        return Optional.of("in every one of the " + count + " invocations of a test");
      }
    }
    if (Lifecycle.isTest(method)) {
      for (ClassSymbol clazz : Lifecycle.supertypes(method.enclClass(), state)) {
        Optional<Attribute.Compound> runWith = Lifecycle.annotation(clazz, RUN_WITH);
        if (runWith.isPresent()
            && value(runWith.get(), "value") instanceof com.sun.tools.javac.code.Type runner
            && runner.tsym instanceof ClassSymbol runnerClass
            && ResourceVocabulary.MULTI_INVOCATION_RUNNERS.contains(
                runnerClass.flatName().toString())) {
          return Optional.of(
              "in every invocation of a test run with " + runnerClass.getSimpleName());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Context> contextOfMethod(
      MethodSymbol method, TreePath methodPath, @Nullable TreePath loop, VisitorState state) {
    Optional<String> where = multiInvocationWhere(method, state);
    if (where.isPresent()) {
      return Optional.of(new Context(where.get(), methodPath, loop));
    }
    Optional<Lifecycle.Hook> hook =
        Lifecycle.hookOf(method, state)
            .filter(h -> h.isSetup() && h.isPerTest() && h.isAnnotated());
    if (hook.isPresent() && hasMultiInvocationTests(method.enclClass(), state)) {
      return Optional.of(
          new Context(
              "in " + hook.get().displayName() + ", which runs before every invocation",
              methodPath,
              loop));
    }
    if (loop != null && Lifecycle.isTest(method)) {
      return Optional.of(new Context("in every iteration of a loop in a test", methodPath, loop));
    }
    return Optional.empty();
  }

  private static boolean hasMultiInvocationTests(ClassSymbol clazz, VisitorState state) {
    for (ClassSymbol type : Lifecycle.supertypes(clazz, state)) {
      for (MethodSymbol method : Lifecycle.declaredMethods(type)) {
        if (multiInvocationWhere(method, state).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True if {@code child} is the part of {@code leaf} that runs once per iteration: a loop's body,
   * or the body of a lambda passed to {@code forEach}.
   */
  private static boolean isLoopBody(Tree leaf, Tree child, TreePath path) {
    if (leaf instanceof ForLoopTree loop) {
      return child == loop.getStatement();
    }
    if (leaf instanceof EnhancedForLoopTree loop) {
      return child == loop.getStatement();
    }
    if (leaf instanceof WhileLoopTree loop) {
      return child == loop.getStatement();
    }
    if (leaf instanceof DoWhileLoopTree loop) {
      return child == loop.getStatement();
    }
    return leaf instanceof LambdaExpressionTree
        && path.getParentPath().getLeaf() instanceof MethodInvocationTree call
        && call.getArguments().contains(leaf)
        && ASTHelpers.getSymbol(call) instanceof MethodSymbol method
        && method.getSimpleName().contentEquals("forEach");
  }

  /** The value of an annotation's element, as a constant, type or {@code null} when absent. */
  private static @Nullable Object value(Attribute.Compound annotation, String element) {
    for (var entry : annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(element)) {
        Attribute value = entry.getValue();
        if (value instanceof Attribute.Class type) {
          return type.getValue();
        }
        return value.getValue();
      }
    }
    return null;
  }
}
