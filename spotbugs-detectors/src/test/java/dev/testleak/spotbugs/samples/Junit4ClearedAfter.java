package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Test;

public class Junit4ClearedAfter {
  private static final List<String> CREATED = new ArrayList<>();

  @After
  public void forget() {
    CREATED.clear();
  }

  @Test
  public void creates() {
    CREATED.add("a");
  }
}
