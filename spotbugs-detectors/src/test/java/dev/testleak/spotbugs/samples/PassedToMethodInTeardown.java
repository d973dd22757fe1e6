package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

public class PassedToMethodInTeardown {
  private static final List<String> CREATED = new ArrayList<>();

  @AfterEach
  void handBack() {
    Recycler.release(CREATED);
  }

  @Test
  void creates() {
    CREATED.add("a");
  }
}
