package dev.testleak.testcases.staticcollection.junit4;

import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** JUnit 4: the static list outlives every test instance. */
public class JUnit4StaticListTest {
  private static final List<String> RESPONSES = new ArrayList<>();

  @Test
  public void fetches() {
    RESPONSES.add("200 OK"); // expect: StaticCollectionNeverCleared
    assertTrue(RESPONSES.contains("200 OK"));
  }
}
