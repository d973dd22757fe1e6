package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A per-test set-up hook that empties the field with the calls a teardown would use (a shrink call,
 * or a helper that makes one) clears it: each test starts from an empty one.
 */
public class ClearedInBeforeEach {
  private static final Map<String, String> FENCED = new HashMap<>();
  private static final List<String> SEEN = new ArrayList<>();

  @BeforeEach
  void forget() {
    FENCED.clear();
    forgetSeen();
  }

  private static void forgetSeen() {
    SEEN.removeIf(s -> true);
  }

  @Test
  void fences() {
    FENCED.put("node-1", "fenced");
    SEEN.add("node-1");
  }
}
