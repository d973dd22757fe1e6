package dev.testleak.pmd.support;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTMethodReference;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.InvocationNode;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.types.JMethodSig;

/**
 * Fixtures: test code whose top-level class, with its nested classes, declares no test method and
 * no lifecycle hook, and leaves it to the classes that use it when its state is set up and reset.
 * The methods of a fixture are followed through each other at any depth: the nest is one piece of
 * code, and what it calls of itself is all in the analysed file.
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * True if the nest of {@code topLevel} is a fixture: no test method (by annotation, or of a JUnit
   * 3 {@code TestCase} or a TestNG class-level {@code @Test} class, whose tests need none) and no
   * lifecycle hook (annotation or framework callback override).
   */
  public static boolean isFixture(ASTTypeDeclaration topLevel) {
    if (TestMethods.hasUnannotatedTests(topLevel) || !TestMethods.annotatedTests(topLevel).isEmpty()) {
      return false;
    }
    for (ASTTypeDeclaration type : TestMethods.nest(topLevel)) {
      if (type.getSymbol().getDeclaredMethods().stream().anyMatch(m -> Hooks.hookOf(m).isPresent())) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if the fixture {@code topLevel} offers a reset method for {@code field}: a method of its
   * nest that other classes can call (not private), that {@code empties} the field in its own code
   * (not in a lambda: that runs when called) or through methods of the fixture it calls, and that
   * grows it nowhere, itself or through any method of the fixture it calls or refers to.
   */
  public static boolean hasResetMethod(ASTTypeDeclaration topLevel, JFieldSymbol field, Predicate<JavaNode> empties) {
    Set<ASTMethodDeclaration> methods = new HashSet<>();
    for (ASTTypeDeclaration type : TestMethods.nest(topLevel)) {
      methods.addAll(type.getDeclarations(ASTMethodDeclaration.class).toList());
    }
    Predicate<JavaNode> grows = node -> node instanceof ASTMethodCall
        && Containers.grownStaticField((ASTMethodCall) node).filter(field::equals).isPresent();
    for (ASTMethodDeclaration method : methods) {
      if (method.getBody() != null
          && !Modifier.isPrivate(method.getSymbol().getModifiers())
          && reaches(method, methods, empties, true)
          && !reaches(method, methods, grows, false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if the body of {@code start}, or of a method of {@code fixtureMethods} it calls (at any
   * depth), has a node that {@code matches}. With {@code ownCodeOnly}, nodes and calls in lambdas
   * and in anonymous or local classes are left out (they run when called, if ever); without it,
   * all of them count, and so do method references.
   */
  private static boolean reaches(
      ASTMethodDeclaration start, Set<ASTMethodDeclaration> fixtureMethods, Predicate<JavaNode> matches, boolean ownCodeOnly) {
    Set<ASTMethodDeclaration> seen = new HashSet<>();
    Deque<ASTMethodDeclaration> todo = new ArrayDeque<>();
    todo.add(start);
    while (!todo.isEmpty()) {
      ASTMethodDeclaration method = todo.removeFirst();
      if (!seen.add(method) || method.getBody() == null) {
        continue;
      }
      for (JavaNode node : code(method.getBody(), ownCodeOnly)) {
        if (matches.test(node)) {
          return true;
        }
        ASTMethodDeclaration callee = fixtureCallee(node, fixtureMethods, ownCodeOnly);
        if (callee != null) {
          todo.add(callee);
        }
      }
    }
    return false;
  }

  private static List<JavaNode> code(JavaNode body, boolean ownCodeOnly) {
    if (!ownCodeOnly) {
      return body.descendants(JavaNode.class).crossFindBoundaries().toList();
    }
    List<JavaNode> own = new ArrayList<>();
    for (JavaNode node : Nodes.sameClassDescendants(body, JavaNode.class)) {
      if (Nodes.ownCode(node) == body) {
        own.add(node);
      }
    }
    return own;
  }

  /** The method of the fixture that {@code node} calls (or refers to, when {@code ownCodeOnly} is off), or null. */
  private static ASTMethodDeclaration fixtureCallee(JavaNode node, Set<ASTMethodDeclaration> fixtureMethods, boolean ownCodeOnly) {
    JMethodSig target = null;
    if (node instanceof InvocationNode) {
      target = ((InvocationNode) node).getMethodType();
    } else if (node instanceof ASTMethodReference && !ownCodeOnly) {
      target = ((ASTMethodReference) node).getReferencedMethod();
    }
    JExecutableSymbol symbol = target == null ? null : target.getSymbol();
    JavaNode declaration = symbol == null ? null : symbol.tryGetNode();
    return declaration instanceof ASTMethodDeclaration && fixtureMethods.contains(declaration)
        ? (ASTMethodDeclaration) declaration
        : null;
  }
}
