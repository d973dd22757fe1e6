package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Leaky: the helper each test calls first empties the call log, not the cache the test then fills:
 * the cache keeps every test's entries for the rest of the fork.
 */
class HelperEmptiesAnotherFieldTest {
  private static final Map<String, byte[]> CACHE = new HashMap<>();
  private static final List<String> CALLS = new ArrayList<>();

  private static void resetCalls() {
    CALLS.clear();
  }

  @Test
  void cachesPayload() {
    resetCalls();
    CACHE.put("payload-" + System.nanoTime(), new byte[1024]); // expect: StaticCollectionNeverCleared
    assertTrue(CALLS.isEmpty());
  }
}
