package dev.testleak.spotbugs.samples.thread;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Started in class-level and per-test set-up, never stopped by a teardown of the same scope. */
public class ThreadJunit5Leak {
  static final ScheduledExecutorService SCHEDULER = Executors.newScheduledThreadPool(1); // BUG
  static ExecutorService pool;
  static HttpServer server;
  static Timer timer;
  static ExecutorService perTest;

  @BeforeAll
  static void start() throws IOException {
    pool = Executors.newFixedThreadPool(2); // BUG
    server = HttpServer.create(new InetSocketAddress(0), 0); // BUG
    server.start();
    timer = new Timer(true); // BUG
    Thread heartbeat = new Thread(() -> {}); // BUG
    heartbeat.setDaemon(true);
    heartbeat.start();
  }

  @BeforeEach
  void each() {
    perTest = Executors.newSingleThreadExecutor(); // BUG
  }

  @AfterAll
  static void stopTheWrongScope() {
    perTest.shutdownNow();
  }

  @Test
  void runs() {}
}
