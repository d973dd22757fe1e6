package dev.testleak.testcases.staticcollection.junit4;

import java.util.ArrayList;
import java.util.List;
import junit.framework.TestCase;

/** Clean: JUnit 3's tearDown is a hook because it overrides TestCase.tearDown. */
public class JUnit3StyleTest extends TestCase {
  private static final List<String> LINES = new ArrayList<>();

  @Override
  protected void tearDown() throws Exception {
    LINES.clear();
    super.tearDown();
  }

  public void testReads() {
    LINES.add("line");
    assertEquals(1, LINES.size());
  }
}
