package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A static StringBuilder every test appends to grows without bound. */
class StringBuilderLogTest {
  private static final StringBuilder LOG = new StringBuilder();

  @Test
  void logs() {
    LOG.append("ran logs\n"); // expect: StaticCollectionNeverCleared
    assertTrue(LOG.length() > 0);
  }
}
