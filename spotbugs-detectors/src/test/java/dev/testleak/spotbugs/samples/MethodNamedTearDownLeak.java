package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** tearDown() is neither annotated nor an override of TestCase.tearDown: JUnit 5 never calls it. */
public class MethodNamedTearDownLeak {
  private static final List<String> CREATED = new ArrayList<>();

  void tearDown() {
    CREATED.clear();
  }

  @Test
  void creates() {
    CREATED.add("a"); // BUG
  }
}
