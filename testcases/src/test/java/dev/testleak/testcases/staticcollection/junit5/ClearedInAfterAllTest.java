package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Clean: the class-level teardown drops the static map, directly and by reassignment. */
class ClearedInAfterAllTest {
  private static final Map<String, Integer> HITS = new HashMap<>();
  private static Map<String, Integer> replaced = new HashMap<>();

  @AfterAll
  static void dropEverything() {
    HITS.clear();
    replaced = new HashMap<>();
  }

  @Test
  void counts() {
    HITS.merge("a", 1, Integer::sum);
    replaced.put("b", 2);
    assertFalse(HITS.isEmpty());
  }
}
