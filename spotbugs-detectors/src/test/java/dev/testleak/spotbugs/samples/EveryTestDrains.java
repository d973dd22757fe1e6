package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A listener of the class grows the static list; every test of the class, the nested one too, drains
 * it: by removing each record, or through a helper (hadoop-common's TestGlobalFilter shape).
 */
public class EveryTestDrains {
  private static final List<String> EVENTS = new ArrayList<>();

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
    EVENTS.remove("started");
    EVENTS.remove("stopped");
  }

  @ParameterizedTest
  @ValueSource(strings = {"opened", "closed"})
  void recordsOneEvent(String event) {
    new RecordingListener().accept(event);
    drainEvents();
  }

  @Nested
  class WhenRepeated {
    @Test
    void recordsEveryRepetition() {
      Stream.of("tick", "tick").forEach(new RecordingListener());
      drainEvents();
    }
  }
}
