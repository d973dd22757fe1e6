package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Leaky: JUnit creates a new instance of the class for every test method, and the constructor adds
 * each instance to a static list: every test instance, and all it references, stays reachable until
 * the fork exits.
 */
class GrownInConstructorTest {
  private static final List<GrownInConstructorTest> INSTANCES = new ArrayList<>();
  private final byte[] fixture = new byte[4096];

  GrownInConstructorTest() {
    INSTANCES.add(this); // expect: StaticCollectionNeverCleared
  }

  @Test
  void first() {
    assertFalse(INSTANCES.isEmpty());
  }

  @Test
  void second() {
    assertFalse(fixture.length == 0);
  }
}
