package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

public class HelperClearedThroughHelpers {
  private static final List<String> SEEN = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    resetAll();
  }

  private void resetAll() {
    resetSeen();
  }

  private static void resetSeen() {
    SEEN.clear();
  }

  @Test
  void usesHelper() {
    remember("a");
  }

  private static void remember(String value) {
    SEEN.add(value);
  }
}
