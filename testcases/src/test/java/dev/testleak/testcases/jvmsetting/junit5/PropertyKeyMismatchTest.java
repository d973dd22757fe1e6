package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * @AfterEach clears a different system property from the one @BeforeEach sets: with both keys
 * constant, the teardown does not restore "app.env".
 */
class PropertyKeyMismatchTest {
  @BeforeEach
  void useTestEnvironment() {
    System.setProperty("app.env", "test"); // expect: JvmSettingNotRestored
  }

  @AfterEach
  void forgetMode() {
    System.clearProperty("app.mode");
  }

  @Test
  void readsEnvironment() {
    assertEquals("test", System.getProperty("app.env"));
  }
}
