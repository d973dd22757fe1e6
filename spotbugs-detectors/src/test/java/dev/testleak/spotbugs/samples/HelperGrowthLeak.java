package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class HelperGrowthLeak {
  private static final List<String> SEEN = new ArrayList<>();

  @Test
  void usesHelper() {
    remember("a");
  }

  private static void remember(String value) {
    SEEN.add(value); // BUG
  }
}
