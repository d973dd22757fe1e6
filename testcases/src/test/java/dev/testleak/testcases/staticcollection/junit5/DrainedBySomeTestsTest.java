package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Leaky twin of DrainedByEveryTestTest: one test drains what the listener records, the other only
 * looks at it, so its events stay in the static list for the rest of the fork.
 */
class DrainedBySomeTestsTest {
  private static final List<String> EVENTS = new ArrayList<>();

  /** Stands for a servlet filter, a listener or an answer that the code under test calls. */
  static final class RecordingListener implements Consumer<String> {
    @Override
    public void accept(String event) {
      EVENTS.add(event); // expect: StaticCollectionNeverCleared
    }
  }

  @Test
  void recordsAndDrains() {
    Stream.of("started", "stopped").forEach(new RecordingListener());
    assertTrue(EVENTS.remove("started"));
    assertTrue(EVENTS.remove("stopped"));
  }

  @Test
  void recordsOnly() {
    new RecordingListener().accept("opened");
    assertTrue(EVENTS.contains("opened"));
    assertEquals("opened", EVENTS.get(EVENTS.size() - 1));
  }
}
