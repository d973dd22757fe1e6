package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Leaky twin of EveryTestDrains: the nested class's test only looks at what the listener recorded. */
public class DrainedBySomeTestsLeak {
  private static final List<String> EVENTS = new ArrayList<>();

  static final class RecordingListener implements Consumer<String> {
    @Override
    public void accept(String event) {
      EVENTS.add(event); // BUG
    }
  }

  @Test
  void recordsAndDrains() {
    new RecordingListener().accept("started");
    EVENTS.remove("started");
  }

  @Nested
  class WhenOpened {
    @Test
    void recordsOnly() {
      new RecordingListener().accept("opened");
      EVENTS.contains("opened");
    }
  }
}
