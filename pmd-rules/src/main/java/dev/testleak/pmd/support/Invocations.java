package dev.testleak.pmd.support;

import dev.testleak.catalogue.ResourceVocabulary;
import java.util.Optional;
import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTBodyDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTDoStatement;
import net.sourceforge.pmd.lang.java.ast.ASTFieldDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTForStatement;
import net.sourceforge.pmd.lang.java.ast.ASTForeachStatement;
import net.sourceforge.pmd.lang.java.ast.ASTInitializer;
import net.sourceforge.pmd.lang.java.ast.ASTLambdaExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMemberValue;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTWhileStatement;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JMethodSymbol;
import net.sourceforge.pmd.lang.java.symbols.SymbolicValue.SymAnnot;
import net.sourceforge.pmd.lang.java.symbols.SymbolicValue.SymClass;

/**
 * Code that runs once per test invocation ({@link ResourceVocabulary}): the body of a
 * parameterized, repeated, templated or dynamic test, of any test of a JUnit 4 {@code Parameterized}
 * class, of a TestNG data-provider or {@code invocationCount} test; the per-invocation set-up hooks
 * of a class with such tests; the constructors, instance initializers and instance field
 * initializers of a JUnit 4 or 5 class with such tests (JUnit creates an instance per invocation,
 * TestNG and JUnit 5 {@code PER_CLASS} one per class); and loop bodies inside any test method.
 */
public final class Invocations {
  private Invocations() {}

  private static final String FOR_EACH = "forEach";

  /** Why the code at {@code node} runs once per invocation, as messages say it; empty if it does not. */
  public static Optional<String> perInvocation(JavaNode node) {
    ASTBodyDeclaration member = node.ancestors(ASTBodyDeclaration.class).first();
    if (member instanceof ASTMethodDeclaration) {
      return inMethod(node, (ASTMethodDeclaration) member);
    }
    return perInstance(member).flatMap(code -> junitMultiInvocationTestIn(member)
        .map(what -> "in " + code + " of the test instance created for every invocation of " + what));
  }

  private static Optional<String> inMethod(JavaNode node, ASTMethodDeclaration method) {
    if (method.getBody() == null) {
      return Optional.empty();
    }
    JMethodSymbol symbol = method.getSymbol();
    if (innermostLoop(node) != null && Hooks.isTest(symbol)) {
      return Optional.of("in every iteration of a loop");
    }
    Optional<String> test = multiInvocationTest(method);
    if (test.isPresent()) {
      return test.map(what -> "in every invocation of " + what);
    }
    boolean perTestSetup = Hooks.hookOf(symbol).filter(h -> h.byAnnotation() && h.isPerTestSetup()).isPresent();
    if (perTestSetup) {
      ASTTypeDeclaration type = method.ancestors(ASTTypeDeclaration.class).first();
      for (ASTMethodDeclaration other : type.getDeclarations(ASTMethodDeclaration.class)) {
        Optional<String> what = multiInvocationTest(other);
        if (what.isPresent()) {
          return Optional.of("before every invocation of " + what.get());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * How messages name a member that runs once per test instance ("the constructor", "an instance
   * initializer", "a field initializer"); empty for static members, methods and anything else.
   */
  private static Optional<String> perInstance(ASTBodyDeclaration member) {
    if (member instanceof ASTConstructorDeclaration) {
      return Optional.of("the constructor");
    }
    if (member instanceof ASTInitializer && !((ASTInitializer) member).isStatic()) {
      return Optional.of("an instance initializer");
    }
    if (member instanceof ASTFieldDeclaration && !((ASTFieldDeclaration) member).isStatic()) {
      return Optional.of("a field initializer");
    }
    return Optional.empty();
  }

  /**
   * The JUnit 4 or 5 many-invocation test a class declares, if any, when JUnit creates a new
   * instance of it for every invocation: not under {@code @TestInstance(PER_CLASS)}, and never for
   * TestNG, which creates one instance per class (its data-provider tests do not count).
   */
  private static Optional<String> junitMultiInvocationTestIn(ASTBodyDeclaration member) {
    ASTTypeDeclaration type = member.ancestors(ASTTypeDeclaration.class).first();
    if (type == null || Hooks.instancePerClass(type.getSymbol())) {
      return Optional.empty();
    }
    for (ASTMethodDeclaration method : type.getDeclarations(ASTMethodDeclaration.class)) {
      Optional<String> what = junitMultiInvocationTest(method);
      if (what.isPresent()) {
        return what;
      }
    }
    return Optional.empty();
  }

  /** True if the code at {@code node} runs in a per-test set-up hook (not a test body). */
  public static boolean inSetupHook(JavaNode node) {
    ASTMethodDeclaration method = node.ancestors(ASTMethodDeclaration.class).first();
    return method != null && Hooks.hookOf(method.getSymbol()).filter(h -> h.isPerTestSetup()).isPresent();
  }

  /**
   * The innermost loop around {@code node} inside its member (method, constructor, initializer,
   * field): a {@code for}, enhanced {@code for}, {@code while} or {@code do} statement, or a lambda
   * passed to {@code forEach}; null if none.
   */
  public static JavaNode innermostLoop(JavaNode node) {
    for (JavaNode n = node.getParent(); n != null && !(n instanceof ASTBodyDeclaration); n = n.getParent()) {
      if (n instanceof ASTForStatement || n instanceof ASTForeachStatement || n instanceof ASTWhileStatement || n instanceof ASTDoStatement) {
        return n;
      }
      if (n instanceof ASTLambdaExpression
          && n.getParent() instanceof ASTArgumentList
          && n.getParent().getParent() instanceof ASTMethodCall
          && FOR_EACH.equals(((ASTMethodCall) n.getParent().getParent()).getMethodName())) {
        return n;
      }
    }
    return null;
  }

  /** What kind of many-invocation test the method is ("a parameterized test", ...), if it is one. */
  private static Optional<String> multiInvocationTest(ASTMethodDeclaration method) {
    for (ASTAnnotation annotation : method.getDeclaredAnnotations()) {
      if (ResourceVocabulary.TESTNG_TEST.equals(TypeHierarchy.binaryName(annotation.getTypeMirror())) && runsManyTimes(annotation)) {
        return Optional.of("a TestNG data-provider or invocationCount test");
      }
    }
    return junitMultiInvocationTest(method);
  }

  /** What kind of JUnit 4 or 5 many-invocation test the method is, if it is one. */
  private static Optional<String> junitMultiInvocationTest(ASTMethodDeclaration method) {
    for (ASTAnnotation annotation : method.getDeclaredAnnotations()) {
      if (ResourceVocabulary.MULTI_INVOCATION_TEST_ANNOTATIONS.contains(TypeHierarchy.binaryName(annotation.getTypeMirror()))) {
        return Optional.of(article(annotation.getSimpleName()));
      }
    }
    if (Hooks.isTest(method.getSymbol())) {
      JClassSymbol type = method.getSymbol().getEnclosingClass();
      for (JClassSymbol c : TypeHierarchy.selfAndSupertypes(type)) {
        SymAnnot runWith = c.isUnresolved() ? null : Hooks.annotation(c, RUN_WITH);
        if (runWith != null) {
          for (String runner : ResourceVocabulary.MULTI_INVOCATION_RUNNERS) {
            if (SymClass.ofBinaryName(c.getTypeSystem(), runner).equals(runWith.getAttribute("value"))) {
              return Optional.of("a test of a " + runner.substring(runner.lastIndexOf('.') + 1) + " class");
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static final String RUN_WITH = "org.junit.runner.RunWith";

  private static boolean runsManyTimes(ASTAnnotation testNg) {
    for (ASTMemberValue provider : testNg.getFlatValue("dataProvider")) {
      Object value = provider.getConstValue();
      if (value == null || !value.toString().isEmpty()) {
        return true;
      }
    }
    for (ASTMemberValue count : testNg.getFlatValue("invocationCount")) {
      Object value = count.getConstValue();
      if (value instanceof Number && ((Number) value).intValue() > 1) {
        return true;
      }
    }
    return false;
  }

  private static String article(String annotation) {
    String words = annotation.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }
}
