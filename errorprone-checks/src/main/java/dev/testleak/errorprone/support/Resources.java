package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.suppliers.Supplier;
import com.google.errorprone.suppliers.Suppliers;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.util.Context;
import dev.testleak.catalogue.ResourceHolding;
import dev.testleak.catalogue.ResourceHolding.UnknownTypeException;
import dev.testleak.catalogue.ResourceVocabulary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Resources that must be closed ({@link ResourceVocabulary}): which expressions open one, and which
 * calls release it.
 */
public final class Resources {
  private Resources() {}

  /** The resource supertypes, resolved once per compilation. */
  private static final List<Supplier<Type>> RESOURCE_TYPES =
      ResourceVocabulary.RESOURCE_SUPERTYPES.stream().map(Suppliers::typeFromString).toList();

  /**
   * Where a compilation keeps its {@link ResourceHolding}: in javac's own per-compilation context,
   * so that its decisions (cached by type name) never outlive the classpath they were made on, and
   * compilations running side by side in one JVM (build daemons) do not share one.
   */
  private static final Context.Key<ResourceHolding<Type>> HOLDING = new Context.Key<>();

  /**
   * True if {@code expression} opens a resource: a call of a resource factory, or a constructor
   * call of an {@code AutoCloseable} type that holds something outside the heap:
   *
   * <ul>
   *   <li>a decorator (an {@code AutoCloseable} argument, {@link
   *       ResourceVocabulary#DECORATOR_RULE}) holds what it wraps: it is the resource when such an
   *       argument is a resource opened in the same expression, and opens nothing when the
   *       arguments are values the code already owns (variables, fields, parameters, method
   *       results);
   *   <li>a byte or character stream ({@link ResourceVocabulary#STREAM_SUPERTYPES}) opens something
   *       only when an argument is of one of the {@link ResourceVocabulary#OPENS_ON} types (a file
   *       name, {@code File}, {@code Path}, a socket, ...);
   *   <li>any other {@code AutoCloseable} is one when it holds something outside the heap ({@link
   *       ResourceHolding}): a JDK one (a socket, a {@code RandomAccessFile}) always, a project's own
   *       only when a field of it holds one (a {@code Closeable} that stops a stopwatch is not).
   * </ul>
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
    Type type = ASTHelpers.getType(newClass);
    if (!isResourceType(type, state)) {
      return false;
    }
    Set<String> types = Containers.supertypeNames(type, state);
    if (types.stream().anyMatch(ResourceVocabulary.HOLDS_NOTHING::contains)) {
      return false;
    }
    boolean decorator = false;
    for (ExpressionTree argument : newClass.getArguments()) {
      if (isResourceType(ASTHelpers.getType(argument), state)) {
        if (opens(argument, state)) {
          return true;
        }
        decorator = true;
      }
    }
    if (decorator) {
      return false;
    }
    if (types.stream().anyMatch(ResourceVocabulary.STREAM_SUPERTYPES::contains)) {
      return newClass.getArguments().stream()
          .anyMatch(
              argument ->
                  Containers.supertypeNames(ASTHelpers.getType(argument), state).stream()
                      .anyMatch(ResourceVocabulary.OPENS_ON::contains));
    }
    return holding(state).holdsResource(type);
  }

  /** The compilation's {@link ResourceHolding}, created on first use. */
  private static ResourceHolding<Type> holding(VisitorState state) {
    ResourceHolding<Type> holding = state.context.get(HOLDING);
    if (holding == null) {
      holding = new ResourceHolding<>(new JavacTypeModel(state.getTypes()));
      state.context.put(HOLDING, holding);
    }
    return holding;
  }

  /** True if a value of {@code type} is an {@code AutoCloseable} (not the type of {@code null}). */
  private static boolean isResourceType(@Nullable Type type, VisitorState state) {
    if (type == null || type.hasTag(TypeTag.BOT) || type.isErroneous()) {
      return false;
    }
    try {
      for (Supplier<Type> resourceType : RESOURCE_TYPES) {
        if (ASTHelpers.isSubtype(type, resourceType.get(state), state)) {
          return true;
        }
      }
    } catch (CompletionFailure e) {
      // A supertype missing from the classpath: not a resource we can recognise.
    }
    return false;
  }

  /**
   * True if the test framework drives the lifecycle of what {@code field} holds: it is annotated
   * {@code @AutoClose}, {@code @TempDir}, {@code @Rule} or {@code @RegisterExtension}.
   */
  public static boolean isManagedField(VarSymbol field) {
    return Lifecycle.annotationNames(field).stream()
        .anyMatch(
            a ->
                ResourceVocabulary.MANAGED_FIELD_ANNOTATIONS.contains(a)
                    || ResourceVocabulary.FRAMEWORK_DRIVEN_FIELD_ANNOTATIONS.contains(a));
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
    // The release names need the variable's supertypes: only for calls made on the variable.
    return tree instanceof MethodInvocationTree call
        && Calls.receiverVariable(call).filter(variable::equals).isPresent()
        && Calls.isCallOn(call, variable, releaseMethods(variable.type, state)::contains);
  }

  /** The names of the methods that release a value of {@code type}. */
  public static Set<String> releaseMethods(@Nullable Type type, VisitorState state) {
    Set<String> methods = new HashSet<>(Set.of("close"));
    for (String supertype : Containers.supertypeNames(type, state)) {
      methods.addAll(ResourceVocabulary.RELEASE_METHODS.getOrDefault(supertype, Set.of()));
    }
    return methods;
  }

  /**
   * {@link ResourceHolding}'s view of javac types: erased class types, read from their symbols. A
   * class javac cannot complete (missing from the classpath) is an {@link UnknownTypeException},
   * which {@link ResourceHolding} counts as holding something.
   */
  private record JavacTypeModel(Types types) implements ResourceHolding.TypeModel<Type> {
    @Override
    public String name(Type type) {
      return classOf(type).flatName().toString();
    }

    @Override
    public Set<String> selfAndSupertypeNames(Type type) {
      ClassSymbol clazz = classOf(type);
      Set<String> names = new HashSet<>();
      names.add(clazz.flatName().toString());
      try {
        for (Type supertype : types.closure(clazz.type)) {
          names.add(classOf(supertype).flatName().toString());
        }
      } catch (CompletionFailure e) {
        throw unknown(clazz);
      }
      return names;
    }

    @Override
    public boolean isAbstract(Type type) {
      ClassSymbol clazz = classOf(type);
      try {
        return (clazz.flags() & (Flags.ABSTRACT | Flags.INTERFACE)) != 0;
      } catch (CompletionFailure e) {
        throw unknown(clazz);
      }
    }

    @Override
    public @Nullable Type superclass(Type type) {
      ClassSymbol clazz = classOf(type);
      try {
        if (clazz.isInterface()) {
          return null;
        }
        Type superclass = types.supertype(clazz.type);
        if (superclass.isErroneous()) {
          throw unknown(clazz);
        }
        return superclass.hasTag(TypeTag.CLASS) ? types.erasure(superclass) : null; // none: Object
      } catch (CompletionFailure e) {
        throw unknown(clazz);
      }
    }

    @Override
    public List<Type> instanceFieldTypes(Type type) {
      ClassSymbol clazz = classOf(type);
      List<Type> fields = new ArrayList<>();
      try {
        // Synthetic fields (an outer instance) are left out: a class file has them, source not yet.
        for (Symbol field :
            clazz
                .members()
                .getSymbols(
                    m ->
                        m.getKind() == ElementKind.FIELD
                            && !m.isStatic()
                            && (m.flags() & Flags.SYNTHETIC) == 0)) {
          Type fieldType = types.erasure(field.type);
          if (fieldType.isErroneous()) {
            throw unknown(clazz);
          }
          if (fieldType.hasTag(TypeTag.CLASS)) { // Primitives and arrays are left out.
            fields.add(fieldType);
          }
        }
      } catch (CompletionFailure e) {
        throw unknown(clazz);
      }
      return fields;
    }

    private static ClassSymbol classOf(Type type) {
      if (type.isErroneous() || !(type.tsym instanceof ClassSymbol clazz)) {
        throw new UnknownTypeException(String.valueOf(type));
      }
      return clazz;
    }

    private static UnknownTypeException unknown(ClassSymbol clazz) {
      return new UnknownTypeException(clazz.flatName().toString());
    }
  }
}
