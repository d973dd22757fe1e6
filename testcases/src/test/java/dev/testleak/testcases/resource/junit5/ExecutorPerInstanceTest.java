package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Leaky: JUnit creates a new instance of the class for every parameterized case, so the field
 * initializer starts a new pool per case, and nothing shuts it down: one idle thread per case until
 * the fork exits.
 */
class ExecutorPerInstanceTest {
  private final ExecutorService pool = Executors.newSingleThreadExecutor(); // expect: ResourceLeakedPerInvocation

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void squares(int x) throws Exception {
    assertEquals(x * x, pool.submit(() -> x * x).get(5, TimeUnit.SECONDS));
  }
}
