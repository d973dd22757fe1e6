package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clean: the pool each instance starts is shut down after each case by @AfterEach. */
class ExecutorPerInstanceShutDownTest {
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void squares(int x) throws Exception {
    assertEquals(x * x, pool.submit(() -> x * x).get(5, TimeUnit.SECONDS));
  }
}
