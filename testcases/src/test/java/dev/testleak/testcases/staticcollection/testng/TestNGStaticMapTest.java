package dev.testleak.testcases.staticcollection.testng;

import static org.testng.Assert.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.testng.annotations.Test;

/** TestNG: a static map filled by every test and never emptied. */
public class TestNGStaticMapTest {
  private static final Map<String, String> SESSIONS = new HashMap<>();

  @Test
  public void logsIn() {
    SESSIONS.put("alice", "token"); // expect: StaticCollectionNeverCleared
    assertTrue(SESSIONS.containsKey("alice"));
  }
}
