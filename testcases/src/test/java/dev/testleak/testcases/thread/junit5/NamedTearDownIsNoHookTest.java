package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A static method named tearDown, without @AfterAll, is never called: the scheduler started in
 * @BeforeAll keeps running.
 */
class NamedTearDownIsNoHookTest {
  static ScheduledExecutorService scheduler;

  @BeforeAll
  static void startScheduler() {
    scheduler = Executors.newScheduledThreadPool(1); // expect: ThreadOrServerNeverStopped
  }

  static void tearDown() {
    scheduler.shutdownNow();
  }

  @Test
  void schedules() throws Exception {
    ScheduledFuture<String> later = scheduler.schedule(() -> "done", 10, TimeUnit.MILLISECONDS);
    assertEquals("done", later.get());
  }
}
