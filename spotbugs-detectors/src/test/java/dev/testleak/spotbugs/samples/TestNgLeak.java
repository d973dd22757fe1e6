package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.Test;

public class TestNgLeak {
  private static final List<String> CREATED = new ArrayList<>();

  @Test
  public void creates() {
    CREATED.add("a"); // BUG
  }
}
