package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class TryFinallyWithoutClearLeak {
  private static final List<String> CREATED = new ArrayList<>();
  private static final List<String> OTHER = new ArrayList<>();

  @Test
  void creates() {
    try {
      CREATED.add("a"); // BUG
    } finally {
      OTHER.clear();
    }
  }
}
