package dev.testleak.testcases.oncehook.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The static event list is created once in @BeforeAll and every test adds to it: the second test
 * sees the first test's event. Being static and grown by tests, it is also a static collection
 * that nothing clears.
 */
class SharedEventsTest {
  static List<String> events;

  @BeforeAll
  static void createEvents() {
    events = new ArrayList<>(); // expect: OnceHookStateMutatedByTests
  }

  @Test
  void addsBook() {
    events.add("book"); // expect: StaticCollectionNeverCleared
    assertEquals(1, events.size());
  }

  @Test
  void addsPen() {
    events.add("pen");
    assertEquals(1, events.size());
  }
}
