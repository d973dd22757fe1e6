package dev.testleak.spotbugs.samples.resource.perinstance;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One instance for all cases (PER_CLASS): the field initializer runs once, @AfterAll stops the pool. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class PerClassInstanceClean {
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @AfterAll
  void stopPool() {
    pool.shutdownNow();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void squares(int n) throws Exception {
    pool.submit(() -> n * n).get();
  }
}
