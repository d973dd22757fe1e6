package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clean: @AfterEach restores the same system property @BeforeEach set (or clears it). */
class PropertyRestoredAfterEachTest {
  private String previousEnv;

  @BeforeEach
  void useTestEnvironment() {
    previousEnv = System.getProperty("app.env");
    System.setProperty("app.env", "test");
  }

  @AfterEach
  void restoreEnvironment() {
    if (previousEnv == null) {
      System.clearProperty("app.env");
    } else {
      System.setProperty("app.env", previousEnv);
    }
  }

  @Test
  void readsEnvironment() {
    assertEquals("test", System.getProperty("app.env"));
  }
}
