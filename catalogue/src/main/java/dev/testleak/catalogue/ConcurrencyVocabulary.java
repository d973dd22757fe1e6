package dev.testleak.catalogue;

import java.util.Map;
import java.util.Set;

/**
 * Threads, executors, timers and servers: how they are started and stopped. Shared by the engines'
 * ThreadOrServerNeverStopped implementations. Third-party server types are matched by name only when
 * they resolve (are on the analysed code's classpath); they are never required.
 */
public final class ConcurrencyVocabulary {
  private ConcurrencyVocabulary() {}

  /** A kind of background work: its type, the word messages use, and the calls that stop it. */
  public record Kind(String type, String word, Set<String> stopMethods, boolean startedByConstruction) {}

  /**
   * Known kinds by binary type name (the owner may be a supertype of the created object's type).
   * {@code startedByConstruction}: creating one starts threads or binds a port (executors, timers,
   * server sockets); otherwise it is started by a {@code start()}-like call.
   */
  public static final Map<String, Kind> KINDS =
      Map.ofEntries(
          kind("java.lang.Thread", "thread", false, "interrupt", "join"),
          kind("java.util.concurrent.ExecutorService", "executor", true, "shutdown", "shutdownNow", "close", "awaitTermination"),
          kind("java.util.Timer", "timer", true, "cancel"),
          kind("com.sun.net.httpserver.HttpServer", "HTTP server", false, "stop"),
          kind("java.net.ServerSocket", "server socket", true, "close"),
          kind("java.nio.channels.ServerSocketChannel", "server socket channel", true, "close"),
          kind("org.eclipse.jetty.server.Server", "Jetty server", false, "stop", "close", "destroy"),
          kind("io.undertow.Undertow", "Undertow server", false, "stop"),
          kind("okhttp3.mockwebserver.MockWebServer", "MockWebServer", false, "shutdown", "close"),
          kind("mockwebserver3.MockWebServer", "MockWebServer", false, "shutdown", "close"),
          kind("com.github.tomakehurst.wiremock.WireMockServer", "WireMock server", false, "stop", "shutdown", "shutdownServer"),
          kind("io.netty.channel.EventLoopGroup", "Netty event loop group", true, "shutdownGracefully", "shutdown", "close"));

  /** Static factories that create and start a kind ({@code owner#name}). */
  public static final Set<String> STARTING_FACTORIES =
      Set.of(
          "java.util.concurrent.Executors#newFixedThreadPool",
          "java.util.concurrent.Executors#newCachedThreadPool",
          "java.util.concurrent.Executors#newSingleThreadExecutor",
          "java.util.concurrent.Executors#newScheduledThreadPool",
          "java.util.concurrent.Executors#newSingleThreadScheduledExecutor",
          "java.util.concurrent.Executors#newWorkStealingPool",
          "java.util.concurrent.Executors#newVirtualThreadPerTaskExecutor",
          "java.util.concurrent.Executors#newThreadPerTaskExecutor",
          "java.lang.Thread#startVirtualThread",
          "java.lang.Thread$Builder#start");

  /** Instance methods that start a kind that is not started by construction. */
  public static final Set<String> START_METHODS = Set.of("start");

  private static Map.Entry<String, Kind> kind(String type, String word, boolean byConstruction, String... stops) {
    return Map.entry(type, new Kind(type, word, Set.of(stops), byConstruction));
  }
}
