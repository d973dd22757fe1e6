package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Growth in a method that empties the field through a helper it calls: the field's own class's
 * clearMapping() (Hadoop's TestHttpServer.MyGroupsProvider), or a helper of the test class that
 * calls another.
 */
public class EmptiedThroughHelper {
  private static final List<String> SEEN = new ArrayList<>();

  /** A mapping the code under test looks up statically. */
  static final class Provider {
    static final Map<String, String> MAPPING = new HashMap<>();

    static void clearMapping() {
      MAPPING.clear();
    }
  }

  private static void reset() {
    forget();
  }

  private static void forget() {
    SEEN.clear();
  }

  @Test
  void mapsA() {
    Provider.clearMapping();
    Provider.MAPPING.put("a", "x");
  }

  @Test
  void seesB() {
    SEEN.add("b");
    reset();
  }
}
