package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tests grow the static map through a helper method; the helper's put is the grow site. */
class CacheViaHelperTest {
  private static final Map<String, byte[]> PAYLOADS = new HashMap<>();

  private static byte[] payload(String name) {
    return PAYLOADS.computeIfAbsent(name, n -> new byte[1024]); // expect: StaticCollectionNeverCleared
  }

  @Test
  void small() {
    assertNotNull(payload("small"));
  }

  @Test
  void large() {
    assertNotNull(payload("large"));
  }
}
