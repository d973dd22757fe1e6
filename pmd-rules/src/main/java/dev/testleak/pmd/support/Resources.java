package dev.testleak.pmd.support;

import dev.testleak.catalogue.ResourceHolding;
import dev.testleak.catalogue.ResourceHolding.UnknownTypeException;
import dev.testleak.catalogue.ResourceVocabulary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;
import net.sourceforge.pmd.lang.java.symbols.JFieldSymbol;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;
import net.sourceforge.pmd.lang.java.types.Substitution;

/**
 * Resources on PMD's AST, built on {@link ResourceVocabulary}: which expressions open one and which
 * calls release it.
 */
public final class Resources {
  private Resources() {}

  /**
   * A fresh {@link ResourceHolding} over class symbols. It caches decisions by binary name, which
   * name the same class only within one auxclasspath: make one per analysed file.
   */
  public static ResourceHolding<JClassSymbol> holding() {
    return new ResourceHolding<>(new SymbolModel());
  }

  /**
   * True if evaluating {@code expression} opens a resource: a {@link
   * ResourceVocabulary#RESOURCE_FACTORIES} call, or a constructor call of an {@code AutoCloseable}
   * type that holds something outside the heap (not one of {@link ResourceVocabulary#HOLDS_NOTHING}):
   *
   * <ul>
   *   <li>a decorator (an {@code AutoCloseable} argument, {@link ResourceVocabulary#DECORATOR_RULE})
   *       holds what it wraps: it is the resource when such an argument is a resource opened in the
   *       same expression, and opens nothing when the arguments are values the code already owns
   *       (variables, fields, parameters, method results);
   *   <li>a byte or character stream ({@link ResourceVocabulary#STREAM_SUPERTYPES}) opens something
   *       only when an argument is of one of the {@link ResourceVocabulary#OPENS_ON} types (a file
   *       name, {@code File}, {@code Path}, a socket, ...);
   *   <li>any other {@code AutoCloseable} is one when {@code holding} says it holds something (a
   *       JDK socket or server always; a project {@code Closeable} only through its fields or JDK
   *       superclass, so a stopwatch is not one).
   * </ul>
   *
   * A constructed type that is not on the auxclasspath might be anything: it counts only as a
   * decorator around a resource opened in the same expression.
   */
  public static boolean opens(ASTExpression expression, ResourceHolding<JClassSymbol> holding) {
    if (expression instanceof ASTMethodCall) {
      return isFactory((ASTMethodCall) expression);
    }
    if (!(expression instanceof ASTConstructorCall)) {
      return false;
    }
    ASTConstructorCall call = (ASTConstructorCall) expression;
    List<ASTExpression> arguments = call.getArguments().toList();
    List<ASTExpression> wrapped = arguments.stream().filter(Resources::isAutoCloseable).collect(Collectors.toList());
    if (isUnresolved(call.getTypeMirror())) {
      return wrapped.stream().anyMatch(argument -> opens(argument, holding));
    }
    Set<String> names = TypeHierarchy.selfAndSupertypeNames(call.getTypeMirror());
    if (names.stream().noneMatch(ResourceVocabulary.RESOURCE_SUPERTYPES::contains)
        || names.stream().anyMatch(ResourceVocabulary.HOLDS_NOTHING::contains)) {
      return false;
    }
    if (!wrapped.isEmpty()) {
      return wrapped.stream().anyMatch(argument -> opens(argument, holding));
    }
    if (names.stream().anyMatch(ResourceVocabulary.STREAM_SUPERTYPES::contains)) {
      return arguments.stream().anyMatch(Resources::opensOn);
    }
    return holding.holdsResource((JClassSymbol) call.getTypeMirror().getSymbol());
  }

  /** An argument whose static type is (a subtype of) one of {@link ResourceVocabulary#OPENS_ON}. */
  private static boolean opensOn(ASTExpression argument) {
    return TypeHierarchy.selfAndSupertypeNames(argument.getTypeMirror()).stream().anyMatch(ResourceVocabulary.OPENS_ON::contains);
  }

  private static boolean isAutoCloseable(ASTExpression argument) {
    return TypeHierarchy.selfAndSupertypeNames(argument.getTypeMirror()).stream().anyMatch(ResourceVocabulary.RESOURCE_SUPERTYPES::contains);
  }

  private static boolean isUnresolved(JTypeMirror type) {
    return type.getSymbol() instanceof JClassSymbol && ((JClassSymbol) type.getSymbol()).isUnresolved();
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

  /**
   * Field annotations under which the framework drives the value's lifecycle: JUnit 5 closes an
   * {@code @AutoClose} value and deletes a {@code @TempDir}; a JUnit 4 {@code @Rule} and a JUnit 5
   * {@code @RegisterExtension} value gets the framework's after-callbacks, which release what it
   * holds.
   */
  private static final Set<String> FRAMEWORK_RELEASED_FIELDS = union(
      ResourceVocabulary.MANAGED_FIELD_ANNOTATIONS,
      ResourceVocabulary.FRAMEWORK_DRIVEN_FIELD_ANNOTATIONS);

  /** True if the framework releases the field's value: it carries one of {@link #FRAMEWORK_RELEASED_FIELDS}. */
  public static boolean releasedByFramework(JFieldSymbol field) {
    return Hooks.hasAnnotation(field, FRAMEWORK_RELEASED_FIELDS);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** The simple name of the opened value's type, for messages ({@code FileInputStream}, {@code MockedStatic}). */
  public static String typeName(ASTExpression opened) {
    return opened.getTypeMirror().getSymbol() instanceof JClassSymbol
        ? ((JClassSymbol) opened.getTypeMirror().getSymbol()).getSimpleName()
        : "resource";
  }

  /**
   * {@link ResourceHolding}'s view of PMD class symbols. Classes of the analysed file are read from
   * its AST, other classes from the auxclasspath; a class on neither (an unresolved symbol, also
   * as a supertype) is an {@link UnknownTypeException}, which counts as holding something.
   */
  private static final class SymbolModel implements ResourceHolding.TypeModel<JClassSymbol> {
    @Override
    public String name(JClassSymbol type) {
      return known(type).getBinaryName();
    }

    @Override
    public Set<String> selfAndSupertypeNames(JClassSymbol type) {
      Set<String> names = new LinkedHashSet<>();
      for (JClassSymbol c : TypeHierarchy.selfAndSupertypes(known(type))) {
        names.add(known(c).getBinaryName());
      }
      return names;
    }

    @Override
    public boolean isAbstract(JClassSymbol type) {
      return known(type).isInterface() || type.isAbstract();
    }

    @Override
    public JClassSymbol superclass(JClassSymbol type) {
      return known(type).isInterface() ? null : type.getSuperclass();
    }

    @Override
    public List<JClassSymbol> instanceFieldTypes(JClassSymbol type) {
      List<JClassSymbol> types = new ArrayList<>();
      for (JFieldSymbol field : known(type).getDeclaredFields()) {
        JTypeMirror fieldType = field.isStatic() ? null : field.getTypeMirror(Substitution.EMPTY).getErasure();
        if (fieldType == null || fieldType.isPrimitive() || fieldType.isArray()) {
          continue;
        }
        if (!(fieldType.getSymbol() instanceof JClassSymbol)) {
          throw new UnknownTypeException(field.getSimpleName());
        }
        types.add((JClassSymbol) fieldType.getSymbol());
      }
      return types;
    }

    private static JClassSymbol known(JClassSymbol type) {
      if (type.isUnresolved()) {
        throw new UnknownTypeException(type.getBinaryName());
      }
      return type;
    }
  }
}
