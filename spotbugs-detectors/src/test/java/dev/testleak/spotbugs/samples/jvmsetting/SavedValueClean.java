package dev.testleak.spotbugs.samples.jvmsetting;

import java.io.PrintStream;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Saved values of the same setting put back, outside finally: restores, never changes. */
public class SavedValueClean {
  private static final PrintStream ORIGINAL_OUT = System.out;
  private PrintStream savedErr;

  @Test
  void levelSavedInALocal() {
    Logger logger = Logger.getLogger("sample.saved");
    Level saved = logger.getLevel();
    logger.setLevel(saved);
  }

  @Test
  void localeSavedInALocal() {
    Locale previous = Locale.getDefault();
    Locale.setDefault(previous);
  }

  @Test
  void outSavedInAStaticField() {
    System.setOut(ORIGINAL_OUT);
  }

  @Test
  void errSavedInAFieldAndALocal() {
    savedErr = System.err;
    PrintStream err = System.err;
    System.setErr(err);
    System.setErr(savedErr);
  }

  @Test
  void propertySavedWithTheSameKey() {
    String saved = System.getProperty("sample.key");
    System.setProperty("sample.key", saved);
  }
}
