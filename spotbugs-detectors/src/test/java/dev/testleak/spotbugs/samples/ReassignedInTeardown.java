package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

public class ReassignedInTeardown {
  private static List<String> created = new ArrayList<>();

  @AfterEach
  void forget() {
    created = new ArrayList<>();
  }

  @Test
  void creates() {
    created.add("a");
  }
}
