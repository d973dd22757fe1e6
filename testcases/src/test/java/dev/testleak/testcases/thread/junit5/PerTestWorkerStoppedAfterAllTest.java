package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new worker is started before every test but only the last one is shut down, after all tests: a
 * class-level teardown does not stop per-test state.
 */
class PerTestWorkerStoppedAfterAllTest {
  static ExecutorService worker;

  @BeforeEach
  void startWorker() {
    worker = Executors.newSingleThreadExecutor(); // expect: ThreadOrServerNeverStopped
  }

  @AfterAll
  static void stopWorker() {
    worker.shutdown();
  }

  @Test
  void computes() throws Exception {
    Future<String> answer = worker.submit(() -> "42");
    assertEquals("42", answer.get());
  }

  @Test
  void computesAgain() throws Exception {
    Future<String> answer = worker.submit(() -> "43");
    assertEquals("43", answer.get());
  }
}
