package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A per-test set-up hook that empties a different field does not clear the one the test grows. */
public class BeforeEachClearsOtherFieldLeak {
  private static final List<String> GROWN = new ArrayList<>();
  private static final List<String> OTHER = new ArrayList<>();

  @BeforeEach
  void forgetOther() {
    OTHER.clear();
  }

  @Test
  void grows() {
    GROWN.add("a"); // BUG
  }
}
