package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
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
 * the code that creates an instance of a JUnit 4 or 5 class with such tests (JUnit creates one per
 * invocation), and loops in any test; the vocabulary is the catalogue's {@link
 * ResourceVocabulary}.
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

  private static final String INSTANTIATED = " of a class instantiated for every invocation";
  private static final String IN_CONSTRUCTOR = "in the constructor" + INSTANTIATED;
  private static final String IN_FIELD_INITIALIZER = "in a field initializer" + INSTANTIATED;
  private static final String IN_INSTANCE_INITIALIZER = "in an instance initializer" + INSTANTIATED;

  /**
   * Code that runs once per invocation.
   *
   * @param where how messages say it, e.g. {@code in every invocation of a parameterized test}
   * @param code the member of its class the code is in: a method or constructor, an instance
   *     initializer block or an instance field declaration
   * @param loop the innermost loop (or {@code forEach} lambda) of that member around the code, if
   *     any
   */
  public record Context(String where, TreePath code, @Nullable TreePath loop) {
    /** The class whose member {@link #code} is. */
    public ClassSymbol clazz() {
      return ASTHelpers.getSymbol((ClassTree) code.getParentPath().getLeaf());
    }

    /**
     * True if the code runs because the test class is instantiated once per invocation: a
     * constructor, an instance initializer block or a field initializer.
     */
    public boolean isInstanceCreation() {
      return !(code.getLeaf() instanceof MethodTree method)
          || ASTHelpers.getSymbol(method).isConstructor();
    }
  }

  /** The per-invocation context of the code at {@code path}, if it runs once per invocation. */
  public static Optional<Context> contextOf(TreePath path, VisitorState state) {
    TreePath loop = null;
    TreePath child = path;
    for (TreePath p = path.getParentPath(); p != null; child = p, p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof ClassTree) {
        return contextOfInstanceMember(child, loop, state);
      }
      if (loop == null && isLoopBody(leaf, child.getLeaf(), p)) {
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
    if (method.isConstructor()) {
      return createsInstancePerInvocation(method.enclClass(), state)
          ? Optional.of(new Context(IN_CONSTRUCTOR, methodPath, loop))
          : Optional.empty();
    }
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

  /**
   * The context of code in an instance initializer block or instance field initializer of its
   * class ({@code member} being the block or field declaration), when the class is instantiated
   * once per invocation. Static members run once per class.
   */
  private static Optional<Context> contextOfInstanceMember(
      TreePath member, @Nullable TreePath loop, VisitorState state) {
    String where;
    if (member.getLeaf() instanceof VariableTree field
        && !ASTHelpers.getSymbol(field).isStatic()) {
      where = IN_FIELD_INITIALIZER;
    } else if (member.getLeaf() instanceof BlockTree block && !block.isStatic()) {
      where = IN_INSTANCE_INITIALIZER;
    } else {
      return Optional.empty();
    }
    ClassSymbol clazz = ASTHelpers.getSymbol((ClassTree) member.getParentPath().getLeaf());
    return createsInstancePerInvocation(clazz, state)
        ? Optional.of(new Context(where, member, loop))
        : Optional.empty();
  }

  /**
   * True if the test framework creates a new instance of {@code clazz} for every invocation of its
   * per-invocation tests, so that its constructors and instance initializers run once per
   * invocation: a class that has such tests, unless it shares one instance across its tests
   * (JUnit 5 {@code @TestInstance(PER_CLASS)}; a TestNG class always does, so this leaves JUnit 4
   * and JUnit 5 classes).
   */
  private static boolean createsInstancePerInvocation(ClassSymbol clazz, VisitorState state) {
    return hasMultiInvocationTests(clazz, state)
        && !Lifecycle.sharesInstanceAcrossTests(clazz, state);
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
