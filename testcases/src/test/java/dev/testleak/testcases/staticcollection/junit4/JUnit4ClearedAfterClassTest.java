package dev.testleak.testcases.staticcollection.junit4;

import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.Test;

/** Clean: @AfterClass empties the static map. */
public class JUnit4ClearedAfterClassTest {
  private static final Map<Integer, String> ROWS = new HashMap<>();

  @AfterClass
  public static void dropRows() {
    ROWS.clear();
  }

  @Test
  public void inserts() {
    ROWS.put(1, "row");
    assertTrue(ROWS.containsKey(1));
  }
}
