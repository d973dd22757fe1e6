package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Leaky twin of SavedValuePutBackTest: the values set were not read from the same setting (a
 * constant kept in a local, another property's value), so these setter calls are changes.
 */
class SavedValueMismatchTest {
  @Test
  void setsALevelThatWasNeverSaved() {
    Logger logger = Logger.getLogger("testleak.unsaved");
    Level level = Level.FINE;
    logger.setLevel(level); // expect: JvmSettingNotRestored
    assertEquals(Level.FINE, logger.getLevel());
  }

  @Test
  void copiesAnotherPropertysValue() {
    String other = System.getProperty("java.version");
    System.setProperty("testleak.copied", other); // expect: JvmSettingNotRestored
    assertEquals(other, System.getProperty("testleak.copied"));
  }
}
