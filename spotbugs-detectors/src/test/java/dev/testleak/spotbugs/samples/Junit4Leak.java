package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class Junit4Leak {
  private static final List<String> CREATED = new ArrayList<>();

  @Test
  public void creates() {
    CREATED.add("a"); // BUG
  }
}
