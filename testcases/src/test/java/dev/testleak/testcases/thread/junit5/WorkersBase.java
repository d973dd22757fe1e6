package dev.testleak.testcases.thread.junit5;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;

/** A base class whose inherited @AfterAll stops the subclass's workers through a helper. */
abstract class WorkersBase {
  protected static ExecutorService workers;

  @AfterAll
  static void stopWorkers() throws InterruptedException {
    shutdownAndWait(workers);
  }

  private static void shutdownAndWait(ExecutorService executor) throws InterruptedException {
    executor.shutdown();
    if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
      executor.shutdownNow();
    }
  }
}
