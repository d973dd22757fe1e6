package dev.testleak.testcases.staticcollection.testng;

import static org.testng.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.Test;

/** Clean: @AfterMethod empties the static list after every test method. */
public class TestNGClearedAfterMethodTest {
  private static final List<Integer> IDS = new ArrayList<>();

  @AfterMethod
  public void forgetIds() {
    IDS.clear();
  }

  @Test
  public void allocates() {
    IDS.add(7);
    assertEquals(IDS.size(), 1);
  }
}
