package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A per-test set-up hook gives each test a fresh container: that clears it. */
public class ReassignedInBeforeEach {
  static List<String> received = new ArrayList<>();

  @BeforeEach
  void fresh() {
    received = new ArrayList<>();
  }

  @Test
  void receives() {
    received.add("a");
  }
}
