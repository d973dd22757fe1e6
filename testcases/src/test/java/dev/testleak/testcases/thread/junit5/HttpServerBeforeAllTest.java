package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stub HTTP server is started once and never stopped: its port stays bound and its dispatcher
 * thread keeps running after the class.
 */
class HttpServerBeforeAllTest {
  static HttpServer server;

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(0), 0); // expect: ThreadOrServerNeverStopped
    server.createContext("/ping", exchange -> exchange.sendResponseHeaders(204, -1));
    server.start();
  }

  @Test
  void listens() {
    assertTrue(server.getAddress().getPort() > 0);
  }
}
