package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A grow call in a method that also empties the field, before or after it (a shrink call or an
 * assignment), adds nothing that outlives the method's next call.
 */
public class EmptiedInSameMethod {
  private static final Map<String, String> MAPPING = new HashMap<>();
  private static final List<String> RECORDED = new ArrayList<>();
  static List<String> replaced = new ArrayList<>();

  private static void resetAndFill(String... hosts) {
    MAPPING.clear();
    for (String host : hosts) {
      MAPPING.put(host, "/rack");
    }
  }

  @Test
  void maps() {
    resetAndFill("a", "b");
  }

  @Test
  void recordsAndDrains() {
    RECORDED.add("request");
    RECORDED.clear();
  }

  @Test
  void fillsThenReplaces() {
    replaced.add("a");
    replaced = new ArrayList<>();
  }
}
