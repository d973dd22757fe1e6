package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clean: @AfterAll puts back a copy of all system properties taken before @BeforeAll changed one. */
class PropertiesRestoredAfterAllTest {
  private static Properties saved;

  @BeforeAll
  static void useFakeClock() {
    saved = new Properties();
    saved.putAll(System.getProperties());
    System.setProperty("app.clock", "fixed");
  }

  @AfterAll
  static void restoreProperties() {
    System.setProperties(saved);
  }

  @Test
  void usesFixedClock() {
    assertEquals("fixed", System.getProperty("app.clock"));
  }
}
