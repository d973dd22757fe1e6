package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clean: @AfterAll stops the server and the pool that @BeforeAll started. */
class AfterAllStopsTest {
  static ExecutorService pool;
  static HttpServer server;

  @BeforeAll
  static void start() throws IOException {
    pool = Executors.newFixedThreadPool(2);
    server = HttpServer.create(new InetSocketAddress(0), 0);
    server.setExecutor(pool);
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    pool.shutdownNow();
  }

  @Test
  void serves() throws Exception {
    Future<Integer> port = pool.submit(() -> server.getAddress().getPort());
    assertEquals(server.getAddress().getPort(), port.get());
  }
}
