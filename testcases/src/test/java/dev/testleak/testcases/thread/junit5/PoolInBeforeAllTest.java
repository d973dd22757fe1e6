package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two pools started in @BeforeAll and never shut down: their worker threads outlive the class and
 * run idle for the rest of the fork.
 */
class PoolInBeforeAllTest {
  static ExecutorService pool;
  static ForkJoinPool forkJoin;

  @BeforeAll
  static void startPools() {
    pool = Executors.newFixedThreadPool(4); // expect: ThreadOrServerNeverStopped
    forkJoin = new ForkJoinPool(2); // expect: ThreadOrServerNeverStopped
  }

  @Test
  void addsInBackground() throws Exception {
    Future<Integer> sum = pool.submit(() -> 2 + 2);
    assertEquals(4, sum.get());
  }

  @Test
  void forksWork() {
    assertEquals(6, forkJoin.invoke(new java.util.concurrent.RecursiveTask<Integer>() {
      @Override
      protected Integer compute() {
        return 1 + 2 + 3;
      }
    }));
  }
}
