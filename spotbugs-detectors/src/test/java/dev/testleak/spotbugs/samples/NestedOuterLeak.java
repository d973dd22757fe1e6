package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

public class NestedOuterLeak {
  static final List<String> EVENTS = new ArrayList<>();

  @Nested
  class First {
    @Test
    void records() {
      EVENTS.add("first"); // BUG
    }
  }

  @Nested
  class Second {
    @Test
    void records() {
      EVENTS.add("second");
    }
  }

  @Test
  void outerRecords() {
    EVENTS.add("outer");
  }
}
