package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Clean: JUnit 5.11+ calls shutdownNow() on the @AutoClose field after the class's tests. */
class AutoCloseSchedulerTest {
  @AutoClose("shutdownNow")
  private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor();

  @Test
  void schedules() throws Exception {
    ScheduledFuture<String> later = SCHEDULER.schedule(() -> "tick", 1, TimeUnit.MILLISECONDS);
    assertEquals("tick", later.get());
  }
}
