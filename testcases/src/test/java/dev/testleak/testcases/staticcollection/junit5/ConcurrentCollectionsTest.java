package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** One finding per static container that the tests grow. */
class ConcurrentCollectionsTest {
  private static final Map<String, List<String>> BY_THREAD = new ConcurrentHashMap<>();
  private static final Queue<Integer> TICKETS = new ConcurrentLinkedQueue<>();
  private static final Deque<String> FRAMES = new ArrayDeque<>();

  @Test
  void collects() {
    BY_THREAD.computeIfAbsent("main", t -> new CopyOnWriteArrayList<>()).add("x"); // expect: StaticCollectionNeverCleared
    TICKETS.offer(42); // expect: StaticCollectionNeverCleared
    FRAMES.push("frame"); // expect: StaticCollectionNeverCleared
    assertFalse(BY_THREAD.isEmpty());
  }

  @Test
  void collectsMore() {
    BY_THREAD.computeIfAbsent("worker", t -> new CopyOnWriteArrayList<>()).add("y");
    TICKETS.offer(43);
    assertFalse(TICKETS.isEmpty());
  }
}
