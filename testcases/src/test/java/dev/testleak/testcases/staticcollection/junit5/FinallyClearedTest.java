package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/** Clean: the test empties the static deque in finally, on every path. */
class FinallyClearedTest {
  private static final Deque<String> STACK = new ArrayDeque<>();

  @Test
  void pushesAndPops() {
    try {
      STACK.push("frame");
      assertEquals(1, STACK.size());
    } finally {
      STACK.clear();
    }
  }
}
