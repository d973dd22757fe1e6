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
import dev.testleak.catalogue.ConcurrencyVocabulary;
import dev.testleak.catalogue.ConcurrencyVocabulary.Kind;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Threads, executors, timers and servers ({@link ConcurrencyVocabulary}): which expressions create
 * them, whether creating starts them, and which calls start and stop them.
 */
public final class BackgroundWork {
  private BackgroundWork() {}

  /**
   * The stop call a suggested fix writes, by kind. The catalogue lists every stop method of a kind;
   * this picks the one that stops at once (an executor's {@code shutdownNow()}, {@code stop(0)} of
   * the JDK's HTTP server).
   */
  private static final Map<String, String> FIX_STOP_CALLS =
      Map.ofEntries(
          Map.entry("java.lang.Thread", "interrupt()"),
          Map.entry("java.util.concurrent.ExecutorService", "shutdownNow()"),
          Map.entry("java.util.Timer", "cancel()"),
          Map.entry("com.sun.net.httpserver.HttpServer", "stop(0)"),
          Map.entry("java.net.ServerSocket", "close()"),
          Map.entry("java.nio.channels.ServerSocketChannel", "close()"),
          Map.entry("org.eclipse.jetty.server.Server", "stop()"),
          Map.entry("io.undertow.Undertow", "stop()"),
          Map.entry("okhttp3.mockwebserver.MockWebServer", "shutdown()"),
          Map.entry("mockwebserver3.MockWebServer", "close()"),
          Map.entry("com.github.tomakehurst.wiremock.WireMockServer", "stop()"),
          Map.entry("io.netty.channel.EventLoopGroup", "shutdownGracefully()"));

  /** A created value: its kind, and whether creating it started it. */
  public record Creation(Kind kind, boolean started) {}

  /**
   * What {@code expression} creates, if it creates background work: {@code new} of a kind's type
   * (or a subclass), a starting factory ({@code Executors.new*}, {@code Thread.startVirtualThread},
   * {@code Thread.Builder.start}), or a static factory of a kind's own type ({@code
   * HttpServer.create}, {@code ServerSocketChannel.open}).
   */
  public static Optional<Creation> createdBy(ExpressionTree expression, VisitorState state) {
    if (expression instanceof NewClassTree) {
      return kindOf(ASTHelpers.getType(expression), state)
          .map(kind -> new Creation(kind, kind.startedByConstruction()));
    }
    if (!(expression instanceof MethodInvocationTree call)
        || !(ASTHelpers.getSymbol(call) instanceof MethodSymbol method)) {
      return Optional.empty();
    }
    Optional<Kind> kind = kindOf(ASTHelpers.getType(call), state);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    if (Calls.isOneOf(method, ConcurrencyVocabulary.STARTING_FACTORIES, state)) {
      return Optional.of(new Creation(kind.get(), true));
    }
    boolean ownFactory =
        method.isStatic()
            && method.owner instanceof ClassSymbol owner
            && Containers.supertypeNames(owner.type, state).contains(kind.get().type());
    return ownFactory
        ? Optional.of(new Creation(kind.get(), kind.get().startedByConstruction()))
        : Optional.empty();
  }

  /** The kind of a value of {@code type}: the first of its supertypes the vocabulary knows. */
  public static Optional<Kind> kindOf(@Nullable Type type, VisitorState state) {
    if (type == null || !(type.tsym instanceof ClassSymbol clazz) || type.isErroneous()) {
      return Optional.empty();
    }
    for (ClassSymbol supertype : Lifecycle.supertypes(clazz, state)) {
      Kind kind = ConcurrencyVocabulary.KINDS.get(supertype.flatName().toString());
      if (kind != null) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** True if {@code tree} starts what {@code variable} holds ({@code start()}). */
  public static boolean starts(Tree tree, VarSymbol variable) {
    return Calls.isCallOn(tree, variable, ConcurrencyVocabulary.START_METHODS::contains);
  }

  /** True if {@code tree} calls a stop method of {@code kind} on {@code variable}. */
  public static boolean stops(Tree tree, VarSymbol variable, Kind kind) {
    return Calls.isCallOn(tree, variable, kind.stopMethods()::contains);
  }

  /** The call a fix writes to stop a value of {@code kind}, e.g. {@code shutdownNow()}. */
  public static String fixStopCall(Kind kind) {
    return FIX_STOP_CALLS.getOrDefault(kind.type(), kind.stopMethods().iterator().next() + "()");
  }
}
