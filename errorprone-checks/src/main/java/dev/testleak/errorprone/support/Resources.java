package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.testleak.catalogue.ResourceVocabulary;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Resources that must be closed ({@link ResourceVocabulary}): which expressions open one, and which
 * calls release it.
 */
public final class Resources {
  private Resources() {}

  /** Types a decorator built from is then a file it opens itself. */
  private static final Set<String> FILE_NAME_TYPES =
      Set.of("java.lang.String", "java.io.File", "java.nio.file.Path");

  /**
   * True if {@code expression} opens a resource: a constructor call of an {@code AutoCloseable}
   * type that holds something outside the heap (a decorator only when it wraps a resource or opens
   * a file by name, {@code File} or {@code Path}), or a call of a resource factory.
   */
  public static boolean opens(@Nullable ExpressionTree expression, VisitorState state) {
    ExpressionTree e = ASTHelpers.stripParentheses(expression);
    if (e instanceof MethodInvocationTree call) {
      return Calls.isOneOf(
          ASTHelpers.getSymbol(call), ResourceVocabulary.RESOURCE_FACTORIES, state);
    }
    if (!(e instanceof NewClassTree newClass)) {
      return false;
    }
    Set<String> types = Containers.supertypeNames(ASTHelpers.getType(newClass), state);
    if (types.stream().noneMatch(ResourceVocabulary.RESOURCE_SUPERTYPES::contains)
        || types.stream().anyMatch(ResourceVocabulary.HOLDS_NOTHING::contains)) {
      return false;
    }
    if (types.stream().noneMatch(ResourceVocabulary.WRAPPERS::contains)) {
      return true;
    }
    if (newClass.getArguments().isEmpty()) {
      return false;
    }
    ExpressionTree wrapped = ASTHelpers.stripParentheses(newClass.getArguments().get(0));
    if (opens(wrapped, state)
        || Containers.supertypeNames(ASTHelpers.getType(wrapped), state).stream()
            .anyMatch(FILE_NAME_TYPES::contains)) {
      return true;
    }
    return Calls.variable(wrapped)
        .filter(v -> v.getKind() == ElementKind.LOCAL_VARIABLE)
        .map(v -> JavacTrees.instance(state.context).getTree(v))
        .filter(VariableTree.class::isInstance)
        .map(v -> opens(((VariableTree) v).getInitializer(), state))
        .orElse(false);
  }

  /**
   * The simple name messages give an opened resource: its type's ({@code FileInputStream}, {@code
   * MockedStatic}).
   */
  public static String typeName(ExpressionTree expression) {
    Type type = ASTHelpers.getType(expression);
    if (type == null) {
      return "resource";
    }
    if (type.tsym.getSimpleName().isEmpty() && expression instanceof NewClassTree newClass) {
      return newClass.getIdentifier().toString(); // An anonymous subclass: name what it extends.
    }
    return type.tsym.getSimpleName().toString();
  }

  /**
   * True if {@code tree} releases what {@code variable} holds: {@code close()}, or for executors
   * {@code shutdown()}/{@code shutdownNow()}, for Mockito's static and construction mocks {@code
   * closeOnDemand()}.
   */
  public static boolean releases(Tree tree, VarSymbol variable, VisitorState state) {
    return Calls.isCallOn(tree, variable, releaseMethods(variable.type, state)::contains);
  }

  /** The names of the methods that release a value of {@code type}. */
  public static Set<String> releaseMethods(@Nullable Type type, VisitorState state) {
    Set<String> methods = new HashSet<>(Set.of("close"));
    for (String supertype : Containers.supertypeNames(type, state)) {
      methods.addAll(ResourceVocabulary.RELEASE_METHODS.getOrDefault(supertype, Set.of()));
    }
    return methods;
  }
}
