package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Uses the leaky time-zone extension; the finding is in the extension. */
@ExtendWith(UtcTimeZoneExtension.class)
class UtcTimeZoneUserTest {
  @Test
  void runsInUtc() {
    assertEquals("UTC", TimeZone.getDefault().getID());
  }
}
