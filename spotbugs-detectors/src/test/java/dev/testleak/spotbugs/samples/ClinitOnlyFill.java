package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class ClinitOnlyFill {
  static final List<String> NAMES = new ArrayList<>();
  static final Map<String, Integer> SIZES = new HashMap<>();

  static {
    NAMES.add("a");
    NAMES.add("b");
    SIZES.put("a", 1);
  }

  @Test
  void reads() {
    NAMES.contains("a");
    SIZES.get("a");
  }
}
