package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The test restores the default TimeZone at its end, but not in finally: a failing assertion skips
 * the restore, so the change is reported. The trailing restore itself is no change.
 */
class RestoredOutsideFinallyTest {
  @Test
  void formatsInUtc() {
    TimeZone previous = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC")); // expect: JvmSettingNotRestored
    assertEquals("UTC", TimeZone.getDefault().getID());
    TimeZone.setDefault(previous);
  }
}
