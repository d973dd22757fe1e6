package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.Test;

public class TestNgClearedAfterMethod {
  private static final List<String> CREATED = new ArrayList<>();

  @AfterMethod
  public void forget() {
    CREATED.clear();
  }

  @Test
  public void creates() {
    CREATED.add("a");
  }
}
