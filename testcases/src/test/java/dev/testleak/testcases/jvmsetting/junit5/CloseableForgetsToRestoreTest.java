package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Leaky: an AutoCloseable that changes the default time zone in its constructor, but whose close()
 * restores the default Locale instead: the time zone stays changed for the rest of the fork.
 */
class CloseableForgetsToRestoreTest {

  static final class ZonePin implements AutoCloseable {
    private final Locale savedLocale = Locale.getDefault();

    ZonePin(String zone) {
      TimeZone.setDefault(TimeZone.getTimeZone(zone)); // expect: JvmSettingNotRestored
    }

    @Override
    public void close() {
      Locale.setDefault(savedLocale);
    }
  }

  @Test
  void usesPinnedZone() {
    try (ZonePin pin = new ZonePin("UTC")) {
      assertEquals("UTC", TimeZone.getDefault().getID());
    }
  }
}
