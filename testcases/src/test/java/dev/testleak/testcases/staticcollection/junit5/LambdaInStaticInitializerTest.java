package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lambda is written in a static field initializer, but its grow call runs every time a test
 * calls it, not once at class load: the list grows with every test and nothing clears it.
 */
class LambdaInStaticInitializerTest {
  private static final List<String> SEEN = new ArrayList<>();
  private static final Runnable RECORD = () -> SEEN.add("x"); // expect: StaticCollectionNeverCleared

  @Test
  void records() {
    RECORD.run();
    assertTrue(SEEN.contains("x"));
  }

  @Test
  void recordsAgain() {
    RECORD.run();
    assertTrue(SEEN.size() >= 1);
  }
}
