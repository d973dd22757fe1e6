package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Clean: Calendar.getInstance() looks like a singleton accessor but is a JDK factory returning a
 * fresh calendar on every call; setting its time changes nothing global.
 */
class FreshCalendarTest {
  @Test
  void readsYear() {
    Calendar calendar = Calendar.getInstance();
    calendar.setTime(new Date(0L));
    calendar.setTimeZone(TimeZone.getTimeZone("UTC"));
    assertEquals(1970, calendar.get(Calendar.YEAR));
  }
}
