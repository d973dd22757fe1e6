package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/** Runs again for every concrete subclass: FIXTURES grows once per test class. */
public abstract class AbstractBeforeAllFillBase {
  static final List<String> FIXTURES = new ArrayList<>();

  @BeforeAll
  static void loadFixtures() {
    FIXTURES.add("a"); // BUG
  }
}
