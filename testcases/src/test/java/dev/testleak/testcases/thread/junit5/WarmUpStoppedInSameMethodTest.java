package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clean: @BeforeAll warms up in a local pool that it shuts down in finally, and in a local thread it
 * joins, both in the same method.
 */
class WarmUpStoppedInSameMethodTest {
  static int warmed;

  @BeforeAll
  static void warmUp() throws Exception {
    ExecutorService warmUpPool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      tasks.add(() -> 1);
      tasks.add(() -> 2);
      for (Future<Integer> done : warmUpPool.invokeAll(tasks)) {
        warmed += done.get();
      }
    } finally {
      warmUpPool.shutdown();
    }
    Thread loader = new Thread(() -> warmed++, "loader");
    loader.start();
    loader.join();
  }

  @Test
  void isWarm() {
    assertEquals(4, warmed);
  }
}
