package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clean: every fill of the static list starts by emptying it, and the draining test empties what it
 * adds, so nothing outlives a call (hadoop-common's StaticMapping and TestGlobalFilter shapes, false
 * positives found on real code).
 */
class EmptiedInSameMethodTest {
  private static final List<String> MAPPING = new ArrayList<>();
  private static final List<String> RECORDED = new ArrayList<>();

  private static void resetAndFill(String... hosts) {
    MAPPING.clear();
    for (String host : hosts) {
      MAPPING.add(host);
    }
  }

  @Test
  void mapsTwoHosts() {
    resetAndFill("a", "b");
    assertEquals(2, MAPPING.size());
  }

  @Test
  void recordsAndDrains() {
    RECORDED.add("request");
    assertEquals(1, RECORDED.size());
    RECORDED.clear();
  }
}
