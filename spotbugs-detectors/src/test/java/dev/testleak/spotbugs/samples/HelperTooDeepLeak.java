package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The teardown reaches the clear() only four calls deep: beyond what is followed. */
public class HelperTooDeepLeak {
  private static final List<String> SEEN = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    one();
  }

  private void one() {
    two();
  }

  private void two() {
    three();
  }

  private void three() {
    four();
  }

  private void four() {
    SEEN.clear();
  }

  @Test
  void grows() {
    SEEN.add("a"); // BUG
  }
}
