package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clean: @BeforeEach gives the static list a fresh container before every test, so each test starts
 * from an empty one and the previous test's entries become unreachable.
 */
class ReassignedInBeforeEachTest {
  private static List<String> sent;

  @BeforeEach
  void freshOutbox() {
    sent = new ArrayList<>();
  }

  @Test
  void sendsOne() {
    sent.add("welcome");
    assertEquals(1, sent.size());
  }

  @Test
  void sendsTwo() {
    sent.add("reminder");
    sent.add("receipt");
    assertEquals(2, sent.size());
  }
}
