package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

/**
 * The static initializer starts a warm-up thread and keeps it only in a local: even a thread that
 * would end by itself cannot be told apart statically, and nothing joins it.
 */
class StaticWarmUpThreadTest {
  private final ConcurrentMap<String, String> cache = new ConcurrentHashMap<>();

  static {
    Thread warmUp = new Thread(StaticWarmUpThreadTest::warmUp, "warm-up"); // expect: ThreadOrServerNeverStopped
    warmUp.start();
  }

  private static volatile double checksum;

  private static void warmUp() {
    double sum = 0;
    for (int i = 0; i < 1_000; i++) {
      sum += Math.sqrt(i);
    }
    checksum = sum;
  }

  @Test
  void caches() {
    cache.put("k", "v");
    assertTrue(cache.containsKey("k"));
  }
}
