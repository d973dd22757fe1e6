package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedList;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/**
 * A method named tearDown without a hook annotation never runs: the queue still leaks. Hooks are
 * recognised by annotations and overridden framework methods, not by names.
 */
class NamedTearDownIsNoHookTest {
  private static final Queue<String> PENDING = new LinkedList<>();

  void tearDown() {
    PENDING.clear();
  }

  @Test
  void enqueues() {
    PENDING.offer("job"); // expect: StaticCollectionNeverCleared
    assertTrue(PENDING.contains("job"));
  }
}
