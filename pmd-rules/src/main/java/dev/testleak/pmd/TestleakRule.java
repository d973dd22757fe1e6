package dev.testleak.pmd;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import dev.testleak.catalogue.RuleOption;
import dev.testleak.pmd.support.Nodes;
import dev.testleak.pmd.support.TestCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.sourceforge.pmd.lang.java.ast.ASTBodyDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;

/**
 * What every testleak rule shares: the catalogue entry it implements, the {@code testSourcePattern}
 * property, and one visit per analysed file (rules decide on the whole file, because hooks, tests
 * and helpers of a class are spread over it).
 */
abstract class TestleakRule extends AbstractJavaRulechainRule {
  private static final RuleOption TEST_SOURCE = Catalogue.TEST_SOURCE_PATTERN;

  static final PropertyDescriptor<Pattern> TEST_SOURCE_PATTERN =
      PropertyFactory.regexProperty(TEST_SOURCE.name())
          .desc(TEST_SOURCE.description())
          .defaultValue(TEST_SOURCE.defaultValue())
          .build();

  private final Rule rule;

  TestleakRule(Rule rule) {
    super(ASTCompilationUnit.class);
    this.rule = rule;
    definePropertyDescriptor(TEST_SOURCE_PATTERN);
  }

  /** The catalogue id, which is also this rule's PMD name. */
  final String id() {
    return rule.id();
  }

  @Override
  public final Object visit(ASTCompilationUnit file, Object data) {
    analyse(file, TestCode.of(file, getProperty(TEST_SOURCE_PATTERN)), data);
    return data;
  }

  /**
   * The methods with a body declared by the file's test classes (nested, local and anonymous
   * classes included; each method belongs to its own class, see {@link Nodes#sameClassDescendants}).
   * For rules whose contexts are particular methods (tests, hooks); a rule about any test code
   * reads {@link #testCodeBodies}.
   */
  static List<ASTMethodDeclaration> testCodeMethods(ASTCompilationUnit file, TestCode testCode) {
    List<ASTMethodDeclaration> methods = new ArrayList<>();
    for (ASTTypeDeclaration type : file.descendants(ASTTypeDeclaration.class).crossFindBoundaries()) {
      if (testCode.isTestClassInThisFile(type.getSymbol())) {
        for (ASTMethodDeclaration method : type.getDeclarations(ASTMethodDeclaration.class)) {
          if (method.getBody() != null) {
            methods.add(method);
          }
        }
      }
    }
    return methods;
  }

  /**
   * The code of every member of the file's test classes ({@link Nodes#bodyOf}): methods,
   * constructors, initializer blocks, field initializers and enum constants. A constructor, an
   * instance initializer and an instance field initializer run once per test instance (JUnit 4 and
   * JUnit 5 create one per test), static ones once per class load: all of it is test code (a
   * restorer object changes a setting in its constructor).
   */
  static List<JavaNode> testCodeBodies(ASTCompilationUnit file, TestCode testCode) {
    List<JavaNode> bodies = new ArrayList<>();
    for (ASTTypeDeclaration type : file.descendants(ASTTypeDeclaration.class).crossFindBoundaries()) {
      if (testCode.isTestClassInThisFile(type.getSymbol())) {
        for (ASTBodyDeclaration member : type.getDeclarations(ASTBodyDeclaration.class)) {
          JavaNode body = Nodes.bodyOf(member);
          if (body != null) {
            bodies.add(body);
          }
        }
      }
    }
    return bodies;
  }

  /** Reports the findings of one file through {@link #report}. */
  abstract void analyse(ASTCompilationUnit file, TestCode testCode, Object data);

  /**
   * Reports at {@code node} (its first line is the line the rule doc names) with the catalogue
   * message's arguments, in the order of {@link Rule#messageArguments()}.
   */
  final void report(Object data, JavaNode node, Object... arguments) {
    if (arguments.length != rule.messageArguments().size()) {
      throw new IllegalArgumentException(rule.id() + " takes " + rule.messageArguments().size() + " arguments");
    }
    asCtx(data).addViolation(node, arguments);
  }
}
