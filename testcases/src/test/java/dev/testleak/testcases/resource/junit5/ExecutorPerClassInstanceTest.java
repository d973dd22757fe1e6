package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean: with PER_CLASS, JUnit creates one instance for all cases, so the field initializer runs
 * once, and @AfterAll shuts the one pool down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExecutorPerClassInstanceTest {
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @AfterAll
  void stopPool() {
    pool.shutdownNow();
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void squares(int x) throws Exception {
    assertEquals(x * x, pool.submit(() -> x * x).get(5, TimeUnit.SECONDS));
  }
}
