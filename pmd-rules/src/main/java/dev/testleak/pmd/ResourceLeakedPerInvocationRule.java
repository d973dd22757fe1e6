package dev.testleak.pmd;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.ContainerVocabulary;
import dev.testleak.catalogue.ResourceHolding;
import dev.testleak.pmd.support.Clearing;
import dev.testleak.pmd.support.Concurrency;
import dev.testleak.pmd.support.Destination;
import dev.testleak.pmd.support.Invocations;
import dev.testleak.pmd.support.Nodes;
import dev.testleak.pmd.support.Resources;
import dev.testleak.pmd.support.Teardowns;
import dev.testleak.pmd.support.TestCode;
import java.util.Optional;
import java.util.Set;
import net.sourceforge.pmd.lang.java.ast.ASTArgumentList;
import net.sourceforge.pmd.lang.java.ast.ASTAssignmentExpression;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTResource;
import net.sourceforge.pmd.lang.java.ast.ASTReturnStatement;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;

/**
 * {@code ResourceLeakedPerInvocation}: a resource opened once per test invocation (or loop
 * iteration) and not released by the end of it. Semantics: docs/rules/ResourceLeakedPerInvocation.md.
 */
public final class ResourceLeakedPerInvocationRule extends TestleakRule {
  private static final String NEVER_CLOSED = "never closed";
  private static final String DISCARDED = "discarded";
  private static final String AFTER_THE_LOOP = "closed only after the loop";
  private static final String AT_CLASS_END = "closed only at class end";

  public ResourceLeakedPerInvocationRule() {
    super(Catalogue.RESOURCE_LEAKED_PER_INVOCATION);
  }

  /**
   * Reads every member of the test classes, not only methods: a JUnit class with many-invocation
   * tests runs its constructors and instance initializers once per invocation ({@link Invocations}).
   */
  @Override
  void analyse(ASTCompilationUnit file, TestCode testCode, Object data) {
    ResourceHolding<JClassSymbol> holding = Resources.holding();
    for (JavaNode body : testCodeBodies(file, testCode)) {
      JClassSymbol type = body.ancestors(ASTTypeDeclaration.class).first().getSymbol();
      for (ASTExpression opened : Nodes.sameClassDescendants(body, ASTExpression.class)) {
        if (!Resources.opens(opened, holding)
            || Invocations.inSetupHook(opened) && Concurrency.created(opened).isPresent()) {
          continue;
        }
        Optional<String> where = Invocations.perInvocation(opened);
        if (where.isPresent()) {
          fate(opened, body, type)
              .ifPresent(what -> report(data, opened, Resources.typeName(opened), where.get(), what));
        }
      }
    }
  }

  /** What happens to the opened resource when it is not released by the end of the invocation. */
  private static Optional<String> fate(ASTExpression opened, JavaNode body, JClassSymbol type) {
    Destination destination = Destination.of(opened);
    JavaNode loop = Invocations.innermostLoop(opened);
    Set<String> releases = Resources.releaseMethods(opened);
    switch (destination.where()) {
      case HANDED_ON:
        return addedToOuterCollection(opened.getParent(), loop) ? Optional.of(AFTER_THE_LOOP) : Optional.empty();
      case DISCARDED:
        return destination.qualified() != null && releases.contains(destination.qualified().getMethodName())
            ? Optional.empty()
            : Optional.of(DISCARDED);
      case VARIABLE:
        return variableFate(opened, destination.variable(), body, loop, releases, type);
      default:
        return Optional.empty();
    }
  }

  private static Optional<String> variableFate(
      ASTExpression opened, JVariableSymbol variable, JavaNode body, JavaNode loop, Set<String> releases, JClassSymbol type) {
    JavaNode scope = loop != null ? loop : body;
    Optional<JFieldSymbol> storedIn = Optional.empty();
    boolean keptOutsideTheLoop = false;
    for (JavaNode node : Nodes.sameClassDescendants(scope, JavaNode.class)) {
      if (loop == null && !after(node, opened)) {
        continue;
      }
      boolean releasesDirectly = Clearing.directly(variable, Clearing.named(releases), false).test(node);
      if (releasesDirectly && addedToOuterCollection(node, loop)) {
        keptOutsideTheLoop = true;
      } else if (releasesDirectly
          || isTryResource(node, variable)
          || node instanceof ASTReturnStatement && Nodes.refersTo(((ASTReturnStatement) node).getExpr(), variable)) {
        return Optional.empty();
      }
      if (node instanceof ASTAssignmentExpression
          && Nodes.refersTo(((ASTAssignmentExpression) node).getRightOperand(), variable)
          && Nodes.referenced(((ASTAssignmentExpression) node).getLeftOperand()) instanceof JFieldSymbol) {
        storedIn = Optional.of((JFieldSymbol) Nodes.referenced(((ASTAssignmentExpression) node).getLeftOperand()));
      }
    }
    if (variable instanceof JFieldSymbol) {
      storedIn = Optional.of((JFieldSymbol) variable);
    } else if (keptOutsideTheLoop || loop != null && !declaredIn(variable, loop)) {
      return Optional.of(AFTER_THE_LOOP);
    }
    return storedIn.isPresent() ? fieldFate(storedIn.get(), releases, type) : Optional.of(NEVER_CLOSED);
  }

  /**
   * A field is released per invocation by the framework ({@code @AutoClose}, a {@code @Rule} or
   * {@code @RegisterExtension} value) or by a per-test teardown (inherited ones and their helpers
   * included); a class-level teardown releases only the last one.
   */
  private static Optional<String> fieldFate(JFieldSymbol field, Set<String> releases, JClassSymbol type) {
    if (Resources.releasedByFramework(field)) {
      return Optional.empty();
    }
    Set<JClassSymbol> classes = Teardowns.relevantClasses(type, field);
    if (releasedByTeardown(classes, field, releases, true)) {
      return Optional.empty();
    }
    return Optional.of(releasedByTeardown(classes, field, releases, false) ? AT_CLASS_END : NEVER_CLOSED);
  }

  private static boolean releasedByTeardown(Set<JClassSymbol> classes, JFieldSymbol field, Set<String> releases, boolean perTest) {
    return Teardowns.anyHook(classes, h -> h.isTeardown() && h.isPerTest() == perTest, field,
        Clearing.directly(field, Clearing.named(releases), false), true);
  }

  /** {@code outer.add(it)}: a grow call on a collection declared outside the loop the resource is opened in. */
  private static boolean addedToOuterCollection(JavaNode node, JavaNode loop) {
    JavaNode call = node instanceof ASTArgumentList ? node.getParent() : node;
    if (loop == null || !(call instanceof ASTMethodCall)
        || !ContainerVocabulary.GROW_METHODS.contains(((ASTMethodCall) call).getMethodName())) {
      return false;
    }
    JVariableSymbol collection = Nodes.referenced(((ASTMethodCall) call).getQualifier());
    return collection != null && !declaredIn(collection, loop);
  }

  private static boolean isTryResource(JavaNode node, JVariableSymbol variable) {
    return node instanceof ASTResource && Nodes.refersTo(((ASTResource) node).getInitializer(), variable);
  }

  private static boolean declaredIn(JVariableSymbol variable, JavaNode loop) {
    JavaNode id = variable.tryGetNode();
    return id != null && id.ancestors().any(a -> a == loop);
  }

  private static boolean after(JavaNode node, JavaNode opened) {
    return node.getBeginLine() > opened.getBeginLine()
        || node.getBeginLine() == opened.getBeginLine() && node.getBeginColumn() > opened.getBeginColumn();
  }
}
