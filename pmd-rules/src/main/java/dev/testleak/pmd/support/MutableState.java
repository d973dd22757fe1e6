package dev.testleak.pmd.support;

import dev.testleak.catalogue.ContainerVocabulary;
import dev.testleak.catalogue.GlobalStateVocabulary;
import dev.testleak.catalogue.MockitoVocabulary;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.symbols.JVariableSymbol;

/**
 * State that tests can change: growable containers ({@link Containers}), atomics and Mockito mocks
 * and spies; what creates it, what changes it and what resets it.
 */
public final class MutableState {
  private MutableState() {}

  /** Atomics are state by their package; the calls that change them are the catalogue's. */
  private static final String ATOMIC_PACKAGE = "java.util.concurrent.atomic.";

  private static final Set<String> ATOMIC_MUTATORS = GlobalStateVocabulary.ATOMIC_MUTATORS;

  /**
   * Container calls that change it: grow and shrink calls, plus {@code set} (List.set replaces an
   * element; the doc's "set/put/clear-like calls included", not in {@link ContainerVocabulary}).
   */
  private static final Set<String> CONTAINER_MUTATORS = containerMutators();

  /** Calls that reset a value without replacing it: shrink calls, an atomic's {@code set}. */
  private static final Set<String> RESETS = resets();

  /**
   * The kind of mutable state {@code value} creates, for messages: "mock"/"spy" for a Mockito
   * factory, the container kind ("list", "map", ...) for a constructor or factory call of a growable,
   * non-immutable type, "atomic counter"/"atomic reference"/... for an atomic. Empty otherwise.
   */
  public static Optional<String> createdKind(ASTExpression value) {
    if (!(value instanceof ASTConstructorCall) && !(value instanceof ASTMethodCall)) {
      return Optional.empty();
    }
    if (value instanceof ASTMethodCall
        && MockitoVocabulary.MOCK_FACTORIES.contains(Nodes.qualifiedName((ASTMethodCall) value))) {
      return Optional.of(((ASTMethodCall) value).getMethodName());
    }
    Set<String> names = TypeHierarchy.selfAndSupertypeNames(value.getTypeMirror());
    String atomic = names.stream().filter(n -> n.startsWith(ATOMIC_PACKAGE)).findFirst().orElse("");
    if (!atomic.isEmpty()) {
      return Optional.of(atomicKind(atomic));
    }
    if (names.stream().noneMatch(ContainerVocabulary.GROWABLE_TYPES::contains)
        || Containers.isImmutableFactory(value)
        || Containers.isWeakKeyed(value)) {
      return Optional.empty();
    }
    return Optional.of(ContainerVocabulary.kindOf(names));
  }

  private static String atomicKind(String type) {
    if (type.endsWith("Boolean")) {
      return "atomic flag";
    }
    if (type.contains("Reference")) {
      return "atomic reference";
    }
    return type.endsWith("Array") ? "atomic array" : "atomic counter";
  }

  /**
   * A node that changes what {@code variable} holds: a container's grow, shrink or {@code set} call
   * on it ({@code Collections.addAll(it, ..)} too), an atomic's mutating call, or Mockito stubbing
   * or verification of it ({@code when(it.x())}, {@code given(it.x())}, {@code doReturn(..).when(it)},
   * {@code verify(it)}, {@code verifyNoInteractions(it)}, ...).
   */
  public static Predicate<JavaNode> changes(JVariableSymbol variable) {
    return node -> {
      if (!(node instanceof ASTMethodCall)) {
        return false;
      }
      ASTMethodCall call = (ASTMethodCall) node;
      String name = call.getMethodName();
      if (Nodes.refersTo(call.getQualifier(), variable)) {
        return CONTAINER_MUTATORS.contains(name) || ATOMIC_MUTATORS.contains(name);
      }
      if (isStubbing(call, variable)) {
        return true;
      }
      String qualified = Nodes.qualifiedName(call);
      if (ContainerVocabulary.STATIC_GROW_METHODS.contains(qualified)) {
        return !call.getArguments().isEmpty() && Nodes.refersTo(call.getArguments().get(0), variable);
      }
      return MockitoVocabulary.MOCK_STATE_CALLS.contains(qualified) && anyArgumentIsOrCallsOn(call, variable);
    };
  }

  /**
   * A node that resets {@code variable} for the next test: assigns it, calls a shrink call or an
   * atomic's {@code set} on it, or passes it to a method ({@code Mockito.reset(it)}, handed on).
   */
  public static Predicate<JavaNode> resets(JVariableSymbol variable) {
    return Clearing.directly(variable, Clearing.named(RESETS), true);
  }

  private static boolean anyArgumentIsOrCallsOn(ASTMethodCall call, JVariableSymbol variable) {
    for (ASTExpression argument : call.getArguments()) {
      if (Nodes.refersTo(argument, variable)
          || argument instanceof ASTMethodCall && Nodes.refersTo(((ASTMethodCall) argument).getQualifier(), variable)) {
        return true;
      }
    }
    return false;
  }

  /** {@code doReturn(..).when(it)}: a {@code when} on a Mockito {@code Stubber} whose argument is it. */
  private static boolean isStubbing(ASTMethodCall call, JVariableSymbol variable) {
    return "when".equals(call.getMethodName())
        && call.getQualifier() != null
        && TypeHierarchy.selfAndSupertypeNames(call.getQualifier().getTypeMirror()).contains(MockitoVocabulary.STUBBER_TYPE)
        && anyArgumentIsOrCallsOn(call, variable);
  }

  private static Set<String> containerMutators() {
    Set<String> names = new HashSet<>(ContainerVocabulary.GROW_METHODS);
    names.addAll(ContainerVocabulary.SHRINK_METHODS);
    names.add("set");
    return Set.copyOf(names);
  }

  private static Set<String> resets() {
    Set<String> names = new HashSet<>(ContainerVocabulary.SHRINK_METHODS);
    names.add("set");
    return Set.copyOf(names);
  }
}
