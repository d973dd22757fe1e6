package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.util.Locale;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The code under test changes the settings (a nested helper here, a library in real suites:
 * hbase-common's TestLog4jUtils), and each test saves the value first and puts it back. The tests'
 * setter calls with a saved value are restores, not changes, and are not reported; the helper's own
 * changes are, since nothing restores them where they are made.
 */
class SavedValuePutBackTest {
  private static final PrintStream ORIGINAL_OUT = System.out;

  @Test
  void putsBackTheLoggerLevel() {
    Logger logger = Logger.getLogger("testleak.saved");
    Level saved = logger.getLevel();
    CodeUnderTest.silence(logger);
    assertEquals(Level.OFF, logger.getLevel());
    logger.setLevel(saved);
  }

  @Test
  void putsBackTheDefaultsAndTheProperty() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    String home = System.getProperty("testleak.home");
    CodeUnderTest.relocate();
    try {
      assertEquals("de", Locale.getDefault().getLanguage());
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
      if (home != null) {
        System.setProperty("testleak.home", home);
      }
    }
  }

  @Test
  void putsBackTheOutputStreamSavedInAField() {
    CodeUnderTest.redirectOut();
    System.setOut(ORIGINAL_OUT);
  }

  /** Stands for the code under test: it changes JVM-wide settings and leaves restoring to the caller. */
  static final class CodeUnderTest {
    private CodeUnderTest() {}

    static void silence(Logger logger) {
      logger.setLevel(Level.OFF); // expect: JvmSettingNotRestored
    }

    static void relocate() {
      Locale.setDefault(Locale.GERMANY); // expect: JvmSettingNotRestored
      TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin")); // expect: JvmSettingNotRestored
      System.setProperty("testleak.home", "/tmp/elsewhere"); // expect: JvmSettingNotRestored
    }

    static void redirectOut() {
      System.setOut(new PrintStream(new java.io.ByteArrayOutputStream())); // expect: JvmSettingNotRestored
    }
  }
}
