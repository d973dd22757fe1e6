package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A method merely named tearDown, with no hook annotation, never runs: the logger stays at FINEST
 * for the rest of the fork.
 */
class NamedTearDownIsNoHookTest {
  private final Logger logger = Logger.getLogger("dev.testleak.payments");

  @BeforeEach
  void verbose() {
    logger.setLevel(Level.FINEST); // expect: JvmSettingNotRestored
  }

  void tearDown() {
    LogManager.getLogManager().reset();
  }

  @Test
  void isVerbose() {
    assertEquals(Level.FINEST, logger.getLevel());
  }
}
