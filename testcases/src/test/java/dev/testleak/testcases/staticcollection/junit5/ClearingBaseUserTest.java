package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Clean: the teardown inherited from ClearingBase empties the list after every test. */
class ClearingBaseUserTest extends ClearingBase {
  @Test
  void sends() {
    MESSAGES.add("hello");
    assertEquals(1, MESSAGES.size());
  }
}
