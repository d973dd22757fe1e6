package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every test adds to a static list that nothing clears: it grows for the whole test JVM. */
class SeenNamesTest {
  private static final List<String> SEEN = new ArrayList<>();

  @Test
  void recordsAlice() {
    SEEN.add("alice"); // expect: StaticCollectionNeverCleared
    assertTrue(SEEN.contains("alice"));
  }

  @Test
  void recordsBob() {
    SEEN.add("bob");
    assertTrue(SEEN.contains("bob"));
  }
}
