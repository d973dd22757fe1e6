package dev.testleak.pmd.support;

import dev.testleak.catalogue.LifecycleVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;

/**
 * The test methods of a top-level class and the classes nested in it (its nest: member, {@code
 * @Nested}, local and anonymous classes, at any depth), known by their annotations ({@link
 * LifecycleVocabulary#TEST_ANNOTATIONS}), and whether the nest also runs tests that need none.
 * Test methods inherited from a superclass are not looked at.
 */
public final class TestMethods {
  /** JUnit 3: every public {@code testX()} of a subclass is a test, without annotation. */
  private static final String JUNIT3_TEST_CASE = "junit.framework.TestCase";
  /** TestNG's {@code @Test} on a class makes its public methods tests, without annotation. */
  private static final String TESTNG_TEST = "org.testng.annotations.Test";

  private TestMethods() {}

  /** The top-level class declaration {@code node} is in (itself when it is one), or null. */
  public static ASTTypeDeclaration topLevel(JavaNode node) {
    ASTTypeDeclaration outermost = node instanceof ASTTypeDeclaration ? (ASTTypeDeclaration) node : null;
    for (ASTTypeDeclaration type : node.ancestors(ASTTypeDeclaration.class)) {
      outermost = type;
    }
    return outermost;
  }

  /** The classes of the nest of {@code topLevel}: itself and every class declared in it. */
  public static List<ASTTypeDeclaration> nest(ASTTypeDeclaration topLevel) {
    List<ASTTypeDeclaration> nest = new ArrayList<>();
    nest.add(topLevel);
    topLevel.descendants(ASTTypeDeclaration.class).crossFindBoundaries().forEach(nest::add);
    return nest;
  }

  /** The methods of the nest that carry a test annotation. */
  public static List<ASTMethodDeclaration> annotatedTests(ASTTypeDeclaration topLevel) {
    List<ASTMethodDeclaration> tests = new ArrayList<>();
    for (ASTTypeDeclaration type : nest(topLevel)) {
      for (ASTMethodDeclaration method : type.getDeclarations(ASTMethodDeclaration.class)) {
        if (Hooks.isTest(method.getSymbol())) {
          tests.add(method);
        }
      }
    }
    return tests;
  }

  /**
   * True if a class of the nest runs tests that need no annotation: a JUnit 3 {@code TestCase}
   * subclass, or a class carrying TestNG's class-level {@code @Test}. Its test methods cannot be
   * told by their annotations.
   */
  public static boolean hasUnannotatedTests(ASTTypeDeclaration topLevel) {
    for (ASTTypeDeclaration type : nest(topLevel)) {
      JClassSymbol symbol = type.getSymbol();
      if (Hooks.hasAnnotation(symbol, Set.of(TESTNG_TEST))
          || TypeHierarchy.supertypeNames(symbol).contains(JUNIT3_TEST_CASE)) {
        return true;
      }
    }
    return false;
  }
}
