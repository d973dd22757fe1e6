package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Grows the constant of the interface it implements. */
class CounterMixinUserTest implements CounterMixin {
  @Test
  void counts() {
    COUNTS.merge("calls", 1, Integer::sum); // expect: StaticCollectionNeverCleared
    assertTrue(COUNTS.get("calls") > 0);
  }
}
