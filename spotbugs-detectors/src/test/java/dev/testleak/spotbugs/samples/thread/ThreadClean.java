package dev.testleak.spotbugs.samples.thread;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Everything started is stopped in the matching teardown, closed by JUnit, handed on or never started. */
public class ThreadClean extends ThreadStoppedBase {
  @AutoClose static ExecutorService autoClosed = Executors.newFixedThreadPool(1);
  static HttpServer server;
  static Timer timer;
  static ExecutorService stoppedPerTest;
  static Thread neverStarted;
  static HttpServer createdNotStarted;
  static final java.util.List<ExecutorService> REGISTERED = new java.util.ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(0), 0);
    server.start();
    timer = new Timer();
    inherited = Executors.newCachedThreadPool();
    neverStarted = new Thread(() -> {});
    createdNotStarted = HttpServer.create(new InetSocketAddress(0), 0);
    REGISTERED.add(Executors.newSingleThreadExecutor());
    ExecutorService local = Executors.newSingleThreadExecutor();
    local.submit(() -> {});
    local.shutdown();
  }

  @BeforeEach
  void each() {
    stoppedPerTest = Executors.newWorkStealingPool();
  }

  @AfterEach
  void stopPerTest() {
    stoppedPerTest.shutdownNow();
    timer.cancel();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    REGISTERED.forEach(ExecutorService::shutdownNow);
  }

  @Test
  void runs() {}
}
