package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Clean: JUnit 5 runs the outer @AfterEach around the @Nested tests too. */
class NestedClearedByOuterTest {
  private static final Set<Integer> PORTS = new HashSet<>();

  @AfterEach
  void releasePorts() {
    PORTS.clear();
  }

  @Nested
  class WhenBound {
    @Test
    void binds() {
      PORTS.add(9090);
      assertTrue(PORTS.contains(9090));
    }
  }
}
