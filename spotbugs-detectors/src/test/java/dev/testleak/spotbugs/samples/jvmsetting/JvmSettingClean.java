package dev.testleak.spotbugs.samples.jvmsetting;

import java.io.PrintStream;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Restored in finally, in a teardown through a helper, or with a non-constant key. */
public class JvmSettingClean {
  private static final PrintStream ORIGINAL_OUT = System.out;

  @AfterAll
  static void restoreOut() {
    restore();
  }

  private static void restore() {
    System.setOut(ORIGINAL_OUT);
  }

  @Test
  void restoresInFinally() {
    Locale previous = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      previous.getCountry();
    } finally {
      Locale.setDefault(previous);
    }
  }

  @Test
  void capturesOut() {
    System.setOut(new PrintStream(System.err));
  }

  @Test
  void propertyClearedInFinally() {
    String key = "app." + System.nanoTime();
    System.setProperty("app.mode", "x");
    try {
      key.length();
    } finally {
      System.clearProperty(key);
    }
  }
}
