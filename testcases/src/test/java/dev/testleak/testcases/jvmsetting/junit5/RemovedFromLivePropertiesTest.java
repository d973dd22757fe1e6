package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Clean: the property is removed again through the live System.getProperties() view in finally
 * (commons-text's StringSubstitutorTest shape, a false positive found on real code).
 */
class RemovedFromLivePropertiesTest {
  @Test
  void substitutesSystemProperty() {
    System.setProperty("testleak.greeting", "hello");
    try {
      assertEquals("hello", System.getProperty("testleak.greeting"));
    } finally {
      System.getProperties().remove("testleak.greeting");
    }
  }
}
