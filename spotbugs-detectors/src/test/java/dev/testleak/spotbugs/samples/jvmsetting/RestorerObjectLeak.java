package dev.testleak.spotbugs.samples.jvmsetting;

import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Not restorer objects: a close() that restores another setting or another property, and a close()
 * of a class that is not AutoCloseable (a method like any other: its constructor's change stays
 * reported; its setter, which puts back a saved value, is a restore by itself).
 */
public class RestorerObjectLeak {

  /** Changes the time zone; close() restores the Locale. */
  static final class ZonePin implements AutoCloseable {
    private final Locale savedLocale = Locale.getDefault();

    ZonePin(String zone) {
      TimeZone.setDefault(TimeZone.getTimeZone(zone)); // BUG
    }

    @Override
    public void close() {
      Locale.setDefault(savedLocale);
    }
  }

  /** Sets one property; close() clears another. */
  static final class KeyPin implements AutoCloseable {
    KeyPin() {
      System.setProperty("app.mode", "test"); // BUG
    }

    @Override
    public void close() {
      System.clearProperty("app.env");
    }
  }

  /** Not AutoCloseable: its close() is no teardown. */
  static final class NotCloseable {
    private final Locale saved = Locale.getDefault();

    NotCloseable() {
      Locale.setDefault(Locale.GERMANY); // BUG
    }

    void close() {
      Locale.setDefault(saved); // puts back a saved value: a restore, though close() is no teardown here
    }
  }

  @Test
  void usesThem() {
    try (ZonePin zone = new ZonePin("UTC");
        KeyPin key = new KeyPin()) {
      NotCloseable locale = new NotCloseable();
      locale.close();
    }
  }
}
