package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.Test;

public class Junit4ClearedAfterClass {
  private static final List<String> CREATED = new ArrayList<>();

  @AfterClass
  public static void forget() {
    CREATED.clear();
  }

  @Test
  public void creates() {
    CREATED.add("a");
  }
}
