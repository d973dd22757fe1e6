package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import junit.framework.TestCase;

public class Junit3TearDownClears extends TestCase {
  private static final List<String> CREATED = new ArrayList<>();

  @Override
  protected void tearDown() {
    CREATED.clear();
  }

  public void testCreates() {
    CREATED.add("a");
  }
}
