package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean: a listener the code under test calls back records events in a static list, and every test
 * of the class (the nested one too) drains what it set in motion, by removing each record or
 * through a helper that empties the list (hadoop-common's TestGlobalFilter and TestPathFilter
 * shape: a servlet filter's records, drained by the test's assertions).
 */
class DrainedByEveryTestTest {
  private static final List<String> EVENTS = new ArrayList<>();

  /** Stands for a servlet filter, a listener or an answer that the code under test calls. */
  static final class RecordingListener implements Consumer<String> {
    @Override
    public void accept(String event) {
      EVENTS.add(event);
    }
  }

  private static List<String> drainEvents() {
    List<String> drained = new ArrayList<>(EVENTS);
    EVENTS.clear();
    return drained;
  }

  @Test
  void recordsEachEvent() {
    Stream.of("started", "stopped").forEach(new RecordingListener());
    assertTrue(EVENTS.remove("started"));
    assertTrue(EVENTS.remove("stopped"));
    assertTrue(EVENTS.isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"opened", "closed"})
  void recordsOneEvent(String event) {
    new RecordingListener().accept(event);
    assertEquals(List.of(event), drainEvents());
  }

  @Nested
  class WhenRepeated {
    @Test
    void recordsEveryRepetition() {
      Stream.of("tick", "tick").forEach(new RecordingListener());
      assertEquals(2, drainEvents().size());
    }
  }
}
