package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clean: the constructor registers each test instance in a static list, and @AfterEach empties it,
 * so the list never holds more than the current test's instance.
 */
class GrownInConstructorClearedTest {
  private static final List<GrownInConstructorClearedTest> INSTANCES = new ArrayList<>();

  GrownInConstructorClearedTest() {
    INSTANCES.add(this);
  }

  @AfterEach
  void forgetInstances() {
    INSTANCES.clear();
  }

  @Test
  void first() {
    assertEquals(1, INSTANCES.size());
  }

  @Test
  void second() {
    assertEquals(1, INSTANCES.size());
  }
}
