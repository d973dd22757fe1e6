package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.testleak.catalogue.GlobalStateVocabulary;
import dev.testleak.catalogue.MockitoVocabulary;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Values that are state by their type, and the calls that change or reset that state: growable
 * containers ({@link Containers}), atomics, and Mockito mocks and spies.
 */
public final class MutableState {
  private MutableState() {}

  /** The atomic types' package (the mutating calls are the catalogue's). */
  private static final String ATOMIC_PACKAGE = "java.util.concurrent.atomic";

  private static final Set<String> ATOMIC_MUTATORS = GlobalStateVocabulary.ATOMIC_MUTATORS;
  private static final Set<String> ATOMIC_RESETS = GlobalStateVocabulary.ATOMIC_RESETS;

  /** Container calls that change it besides the grow and shrink vocabulary. */
  private static final Set<String> CONTAINER_SETTERS = Set.of("set");

  /** What a kind of state is and how it changes. */
  public enum Category {
    CONTAINER,
    ATOMIC,
    MOCK
  }

  /** A created value that is state: its category and the word messages use. */
  public record Kind(Category category, String word) {}

  /**
   * The kind of state {@code expression} creates: a {@code new} or factory call of a growable
   * container (not an immutable factory), an atomic, or a Mockito mock or spy.
   */
  public static Optional<Kind> createdBy(@Nullable ExpressionTree expression, VisitorState state) {
    ExpressionTree e = ASTHelpers.stripParentheses(expression);
    if (!(e instanceof NewClassTree || e instanceof MethodInvocationTree)) {
      return Optional.empty();
    }
    if (e instanceof MethodInvocationTree call
        && Calls.isCallOf(call, MockitoVocabulary.MOCK_FACTORIES, state)) {
      return Optional.of(
          new Kind(Category.MOCK, ASTHelpers.getSymbol(call).getSimpleName().toString()));
    }
    Type type = ASTHelpers.getType(e);
    if (type == null || !(type.tsym instanceof ClassSymbol clazz)) {
      return Optional.empty();
    }
    if (clazz.packge().getQualifiedName().contentEquals(ATOMIC_PACKAGE)) {
      return Optional.of(new Kind(Category.ATOMIC, atomicWord(clazz.getSimpleName().toString())));
    }
    Set<String> types = Containers.supertypeNames(type, state);
    if (Containers.isGrowable(types)
        && !Containers.isGuavaImmutable(clazz)
        && !Containers.isImmutableFactoryCall(e)) {
      return Optional.of(new Kind(Category.CONTAINER, Containers.kindOf(types)));
    }
    return Optional.empty();
  }

  /**
   * True if {@code tree} changes state of {@code kind} held by {@code variable}: grows, shrinks or
   * sets a container; changes an atomic; stubs or verifies a mock ({@code when(mock.x())}, {@code
   * given(..)}, {@code doReturn(..).when(mock)}, {@code verify(mock)}, ...).
   */
  public static boolean changes(Tree tree, VarSymbol variable, Kind kind, VisitorState state) {
    if (!(tree instanceof MethodInvocationTree call)) {
      return false;
    }
    return switch (kind.category()) {
      case CONTAINER ->
          Containers.grownVariable(call).filter(variable::equals).isPresent()
              || Containers.isShrinkCall(call, variable)
              || Calls.isCallOn(call, variable, CONTAINER_SETTERS::contains);
      case ATOMIC -> Calls.isCallOn(call, variable, ATOMIC_MUTATORS::contains);
      case MOCK -> usesMockState(call, variable, state);
    };
  }

  /**
   * True if {@code tree} resets what {@code variable} holds: assigns it, empties it, sets an atomic
   * back, or passes it to a method ({@code Mockito.reset(mock)}, a helper that resets it).
   */
  public static boolean resets(Tree tree, VarSymbol variable) {
    return Containers.releases(tree, variable)
        || Calls.isCallOn(tree, variable, ATOMIC_RESETS::contains);
  }

  private static boolean usesMockState(
      MethodInvocationTree call, VarSymbol mock, VisitorState state) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    if (arguments.isEmpty()) {
      return false;
    }
    ExpressionTree first = ASTHelpers.stripParentheses(arguments.get(0));
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (Calls.isOneOf(method, MockitoVocabulary.MOCK_STATE_CALLS, state)) {
      return Calls.variable(first).filter(mock::equals).isPresent()
          || (first instanceof MethodInvocationTree stubbed
              && Calls.receiverVariable(stubbed).filter(mock::equals).isPresent());
    }
    return Calls.isOneOf(method, Set.of(MockitoVocabulary.STUBBER_TYPE + "#when"), state)
        && Calls.variable(first).filter(mock::equals).isPresent();
  }

  private static String atomicWord(String simpleName) {
    if (simpleName.endsWith("Array")) {
      return "atomic array";
    }
    if (simpleName.equals("AtomicBoolean")) {
      return "atomic flag";
    }
    if (simpleName.contains("Reference")) {
      return "atomic reference";
    }
    return "atomic counter";
  }
}
