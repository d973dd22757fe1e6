package dev.testleak.pmd.support;

import dev.testleak.catalogue.ResourceVocabulary;
import java.util.Optional;
import net.sourceforge.pmd.lang.java.ast.ASTAnnotation;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTDoStatement;
import net.sourceforge.pmd.lang.java.ast.ASTForStatement;
import net.sourceforge.pmd.lang.java.ast.ASTForeachStatement;
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
 * of a class with such tests; and loop bodies inside any test method.
 */
public final class Invocations {
  private Invocations() {}

  private static final String FOR_EACH = "forEach";

  /** Why the code at {@code node} runs once per invocation, as messages say it; empty if it does not. */
  public static Optional<String> perInvocation(JavaNode node) {
    ASTMethodDeclaration method = node.ancestors(ASTMethodDeclaration.class).first();
    if (method == null || method.getBody() == null || method.ancestors(ASTTypeDeclaration.class).first() != node.ancestors(ASTTypeDeclaration.class).first()) {
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

  /** True if the code at {@code node} runs in a per-test set-up hook (not a test body). */
  public static boolean inSetupHook(JavaNode node) {
    ASTMethodDeclaration method = node.ancestors(ASTMethodDeclaration.class).first();
    return method != null && Hooks.hookOf(method.getSymbol()).filter(h -> h.isPerTestSetup()).isPresent();
  }

  /**
   * The innermost loop around {@code node} inside its method: a {@code for}, enhanced {@code for},
   * {@code while} or {@code do} statement, or a lambda passed to {@code forEach}; null if none.
   */
  public static JavaNode innermostLoop(JavaNode node) {
    for (JavaNode n = node.getParent(); n != null && !(n instanceof ASTMethodDeclaration); n = n.getParent()) {
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
      String name = TypeHierarchy.binaryName(annotation.getTypeMirror());
      if (ResourceVocabulary.MULTI_INVOCATION_TEST_ANNOTATIONS.contains(name)) {
        return Optional.of(article(annotation.getSimpleName()));
      }
      if (ResourceVocabulary.TESTNG_TEST.equals(name) && runsManyTimes(annotation)) {
        return Optional.of("a TestNG data-provider or invocationCount test");
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
