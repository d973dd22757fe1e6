package dev.testleak.pmd.support;

import dev.testleak.catalogue.ResourceVocabulary;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.ASTVariableId;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;

/**
 * Resources on PMD's AST, built on {@link ResourceVocabulary}: which expressions open one and which
 * calls release it.
 */
public final class Resources {
  private Resources() {}

  /** Types a decorator opens a file from when constructed with one ({@code new PrintWriter("out.txt")}). */
  private static final Set<String> FILE_NAMES = Set.of("java.lang.String", "java.io.File", "java.nio.file.Path");

  /**
   * True if evaluating {@code expression} opens a resource: a constructor call of an {@code
   * AutoCloseable} type that holds something outside the heap (a decorator only when it wraps a
   * resource or is built from a file name, {@code File} or {@code Path}), or a {@link
   * ResourceVocabulary#RESOURCE_FACTORIES} call.
   */
  public static boolean opens(ASTExpression expression) {
    if (expression instanceof ASTMethodCall) {
      return isFactory((ASTMethodCall) expression);
    }
    if (!(expression instanceof ASTConstructorCall)) {
      return false;
    }
    ASTConstructorCall call = (ASTConstructorCall) expression;
    Set<String> names = TypeHierarchy.selfAndSupertypeNames(call.getTypeMirror());
    if (names.stream().noneMatch(ResourceVocabulary.RESOURCE_SUPERTYPES::contains)
        || names.stream().anyMatch(ResourceVocabulary.HOLDS_NOTHING::contains)) {
      return false;
    }
    if (names.stream().noneMatch(ResourceVocabulary.WRAPPERS::contains)) {
      return true;
    }
    if (call.getArguments().isEmpty()) {
      return false;
    }
    ASTExpression wrapped = call.getArguments().get(0);
    return FILE_NAMES.contains(TypeHierarchy.binaryName(wrapped.getTypeMirror()))
        || opens(wrapped)
        || opensInitially(Nodes.referenced(wrapped));
  }

  /** A local whose initializer opens a resource: a decorator around it wraps a resource. */
  private static boolean opensInitially(JVariableSymbol variable) {
    ASTVariableId id = variable == null ? null : variable.tryGetNode();
    return id != null && !id.isField() && id.getInitializer() != null && opens(id.getInitializer());
  }

  private static boolean isFactory(ASTMethodCall call) {
    JExecutableSymbol method = call.getMethodType().getSymbol();
    Set<String> owners = new HashSet<>();
    owners.add(Nodes.ownerOf(call));
    if (method != null && method.getEnclosingClass() != null && !method.getEnclosingClass().isUnresolved()) {
      owners.addAll(TypeHierarchy.supertypeNames(method.getEnclosingClass()));
    }
    return owners.stream().anyMatch(owner -> ResourceVocabulary.RESOURCE_FACTORIES.contains(owner + "#" + call.getMethodName()));
  }

  /**
   * The calls that release a value of the given expression's type: {@code close}, and the {@link
   * ResourceVocabulary#RELEASE_METHODS} of its supertypes ({@code shutdown} for executors, {@code
   * closeOnDemand} for Mockito).
   */
  public static Set<String> releaseMethods(ASTExpression opened) {
    Set<String> names = new HashSet<>(Set.of("close"));
    Set<String> types = TypeHierarchy.selfAndSupertypeNames(opened.getTypeMirror());
    for (Map.Entry<String, Set<String>> entry : ResourceVocabulary.RELEASE_METHODS.entrySet()) {
      if (types.contains(entry.getKey())) {
        names.addAll(entry.getValue());
      }
    }
    return names;
  }

  /** The simple name of the opened value's type, for messages ({@code FileInputStream}, {@code MockedStatic}). */
  public static String typeName(ASTExpression opened) {
    return opened.getTypeMirror().getSymbol() instanceof JClassSymbol
        ? ((JClassSymbol) opened.getTypeMirror().getSymbol()).getSimpleName()
        : "resource";
  }
}
