package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clean: the pool started before each test is stopped after it by a helper the @AfterEach calls. */
class PerTestPoolHelperTest {
  private ExecutorService pool;

  @BeforeEach
  void startPool() {
    pool = Executors.newCachedThreadPool();
  }

  @AfterEach
  void stop() throws InterruptedException {
    stopPool();
  }

  private void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertEquals(true, pool.awaitTermination(1, TimeUnit.SECONDS));
  }

  @Test
  void runs() throws Exception {
    Future<Integer> answer = pool.submit(() -> 42);
    assertEquals(42, answer.get());
  }
}
