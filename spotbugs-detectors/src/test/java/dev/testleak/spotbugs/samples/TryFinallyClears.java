package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class TryFinallyClears {
  private static final List<String> CREATED = new ArrayList<>();

  @Test
  void creates() {
    try {
      CREATED.add("a");
      if (CREATED.size() > 1) {
        throw new IllegalStateException();
      }
    } finally {
      CREATED.clear();
    }
  }
}
