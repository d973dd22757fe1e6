package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clean: arrays cannot grow; instance fields die with the per-test instance; locals die with the call. */
class ArraysAndInstanceFieldsTest {
  private static final String[] SLOTS = new String[4];
  private final List<String> perTest = new ArrayList<>();

  @Test
  void fills() {
    SLOTS[0] = "first";
    perTest.add("mine");
    List<String> local = new ArrayList<>();
    local.add("local");
    assertEquals(1, perTest.size() + local.size() - 1);
  }
}
