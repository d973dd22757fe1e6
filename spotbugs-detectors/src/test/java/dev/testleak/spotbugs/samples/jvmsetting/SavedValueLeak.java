package dev.testleak.spotbugs.samples.jvmsetting;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Values that were not (only) read from the same setting: changes. */
public class SavedValueLeak {
  private static PrintStream sometimesOut = System.out;

  static void replaceOut() {
    sometimesOut = new PrintStream(new ByteArrayOutputStream());
  }

  @Test
  void constantInALocal() {
    Level level = Level.FINE;
    Logger.getLogger("sample.unsaved").setLevel(level); // BUG
  }

  @Test
  void readInOneBranchOnly(boolean german) {
    Locale locale = german ? Locale.GERMANY : Locale.getDefault();
    Locale.setDefault(locale); // BUG
  }

  @Test
  void anotherKeysValue() {
    String other = System.getProperty("sample.other");
    System.setProperty("sample.mine", other); // BUG
  }

  @Test
  void fieldAlsoAssignedSomethingElse() {
    System.setOut(sometimesOut); // BUG
  }
}
