package dev.testleak.spotbugs.samples;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class SuppressedOnField {
  @SuppressFBWarnings(value = "StaticCollectionNeverCleared", justification = "bounded: one entry per test")
  private static final List<String> CREATED = new ArrayList<>();

  @Test
  void creates() {
    CREATED.add("a");
  }
}
