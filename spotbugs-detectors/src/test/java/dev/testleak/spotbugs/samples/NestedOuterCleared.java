package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

public class NestedOuterCleared {
  static final List<String> EVENTS = new ArrayList<>();

  @AfterEach
  void forgetEvents() {
    EVENTS.clear();
  }

  @Nested
  class First {
    @Test
    void records() {
      EVENTS.add("first");
    }
  }
}
