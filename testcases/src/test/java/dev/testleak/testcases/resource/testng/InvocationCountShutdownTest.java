package dev.testleak.testcases.resource.testng;

import static org.testng.Assert.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.testng.annotations.Test;

/** Clean: each invocation shuts its own executor down in finally. */
public class InvocationCountShutdownTest {
  @Test(invocationCount = 3)
  public void computesConcurrently() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> answer = executor.submit(() -> 6 * 7);
      assertEquals((int) answer.get(), 42);
    } finally {
      executor.shutdownNow();
    }
  }
}
