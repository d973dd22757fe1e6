package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Clean: the per-test teardown empties the static list. */
class ClearedInAfterEachTest {
  private static final List<String> CREATED = new ArrayList<>();

  @AfterEach
  void forgetCreated() {
    CREATED.clear();
  }

  @Test
  void createsOne() {
    CREATED.add("order-1");
    assertEquals(1, CREATED.size());
  }
}
