package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The @Nested tests grow the outer class's static set; one finding for the whole top-level class. */
class NestedGrowthTest {
  private static final Set<Integer> PORTS = new HashSet<>();

  @Nested
  class WhenBound {
    @Test
    void bindsFirst() {
      PORTS.add(8080); // expect: StaticCollectionNeverCleared
      assertTrue(PORTS.contains(8080));
    }

    @Test
    void bindsSecond() {
      PORTS.add(8081);
      assertTrue(PORTS.contains(8081));
    }
  }
}
