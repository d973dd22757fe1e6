package dev.testleak.pmd.support;

import dev.testleak.catalogue.ConcurrencyVocabulary;
import dev.testleak.catalogue.ConcurrencyVocabulary.Kind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sourceforge.pmd.lang.java.ast.ASTConstructorCall;
import net.sourceforge.pmd.lang.java.ast.ASTExpression;
import net.sourceforge.pmd.lang.java.ast.ASTMethodCall;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JExecutableSymbol;

/**
 * Threads, executors, timers and servers on PMD's AST, built on {@link ConcurrencyVocabulary}: what
 * creates one, whether creating it starts it, and how messages name its stop call.
 */
public final class Concurrency {
  private Concurrency() {}

  /** The stop call messages suggest, by preference, among a kind's stop methods. */
  private static final List<String> PREFERRED_STOPS =
      List.of("shutdownNow", "stop", "close", "cancel", "interrupt", "shutdownGracefully", "shutdown", "join");

  /**
   * The kind {@code expression} creates, if it is a creation: a constructor call of a kind's type
   * (or a subtype, anonymous classes included), a {@link ConcurrencyVocabulary#STARTING_FACTORIES}
   * call, or a static factory declared by the kind's own type or a subtype ({@code
   * HttpServer.create(..)}, {@code ServerSocketChannel.open()}).
   */
  public static Optional<Kind> created(ASTExpression expression) {
    if (expression instanceof ASTConstructorCall) {
      return kindOfType(TypeHierarchy.selfAndSupertypeNames(expression.getTypeMirror()));
    }
    if (!(expression instanceof ASTMethodCall)) {
      return Optional.empty();
    }
    ASTMethodCall call = (ASTMethodCall) expression;
    Optional<Kind> kind = kindOfType(TypeHierarchy.selfAndSupertypeNames(call.getTypeMirror()));
    if (kind.isEmpty()) {
      return kind;
    }
    if (isStartingFactory(call)) {
      return kind;
    }
    JExecutableSymbol method = call.getMethodType().getSymbol();
    if (method == null || !method.isStatic() || method.getEnclosingClass().isUnresolved()) {
      return Optional.empty();
    }
    JClassSymbol owner = method.getEnclosingClass();
    boolean ownFactory = owner.getBinaryName().equals(kind.get().type())
        || TypeHierarchy.supertypeNames(owner).contains(kind.get().type());
    return ownFactory ? kind : Optional.empty();
  }

  /** True if the call both creates and starts: {@code Executors.new*}, {@code Thread.startVirtualThread}, ... */
  public static boolean isStartingFactory(ASTMethodCall call) {
    return ConcurrencyVocabulary.STARTING_FACTORIES.contains(Nodes.qualifiedName(call));
  }

  /** True if the call starts its receiver ({@code start()}). */
  public static boolean isStart(ASTMethodCall call) {
    return ConcurrencyVocabulary.START_METHODS.contains(call.getMethodName());
  }

  /** How messages name the stop call of a kind, e.g. {@code shutdownNow()}. */
  public static String stopCall(Kind kind) {
    return PREFERRED_STOPS.stream().filter(kind.stopMethods()::contains).findFirst()
        .orElse(kind.stopMethods().stream().sorted().findFirst().orElse("close")) + "()";
  }

  private static Optional<Kind> kindOfType(Set<String> names) {
    return names.stream().map(ConcurrencyVocabulary.KINDS::get).filter(k -> k != null).findFirst();
  }
}
