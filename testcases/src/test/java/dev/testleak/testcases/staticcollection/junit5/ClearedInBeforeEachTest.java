package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clean: the per-test set-up empties the static map, so each test starts from an empty one
 * (hadoop-common's TestNodeFencer shape, a false positive found on real code).
 */
class ClearedInBeforeEachTest {
  private static final Map<String, String> FENCED = new HashMap<>();

  @BeforeEach
  void forgetFencedNodes() {
    FENCED.clear();
  }

  @Test
  void fencesOne() {
    FENCED.put("node-1", "fenced");
    assertEquals(1, FENCED.size());
  }
}
