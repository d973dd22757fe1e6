package dev.testleak.spotbugs.samples.thread;

import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterAll;

/** A superclass whose class-level teardown stops the subclass's executor through a helper. */
public abstract class ThreadStoppedBase {
  protected static ExecutorService inherited;

  @AfterAll
  static void stopInherited() {
    stop(inherited);
  }

  private static void stop(ExecutorService executor) {
    executor.shutdownNow();
  }
}
