package dev.testleak.spotbugs.samples.jvmsetting;

import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** JVM-wide settings changed and not restored: no finally, a restore outside finally, another key. */
public class JvmSettingLeak {
  @AfterEach
  void restoreAnotherKey() {
    System.clearProperty("other.key");
  }

  @Test
  void setsLocale() {
    Locale.setDefault(Locale.GERMANY); // BUG
  }

  @Test
  void restoresOutsideFinally() {
    TimeZone previous = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC")); // BUG
    TimeZone.setDefault(previous);
  }

  @Test
  void setsAPropertyTheTeardownDoesNotRestore() {
    System.setProperty("app.env", "test"); // BUG
  }

  @Test
  void removesAnotherKeyFromTheLiveProperties() {
    System.setProperty("app.user", "alice"); // BUG
    try {
      System.getProperties().get("app.user");
    } finally {
      System.getProperties().remove("app.name");
    }
  }
}
