package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

public class BeforeAllFillConcrete {
  static final List<String> FIXTURES = new ArrayList<>();

  @BeforeAll
  static void loadFixtures() {
    FIXTURES.add("a");
  }

  @Test
  void reads() {
    FIXTURES.contains("a");
  }
}
