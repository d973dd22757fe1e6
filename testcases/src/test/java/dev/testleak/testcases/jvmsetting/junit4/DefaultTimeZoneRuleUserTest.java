package dev.testleak.testcases.jvmsetting.junit4;

import static org.junit.Assert.assertEquals;

import java.util.TimeZone;
import org.junit.Rule;
import org.junit.Test;

/** Clean: the rule switches the zone for each test and puts it back. */
public class DefaultTimeZoneRuleUserTest {
  @Rule public final DefaultTimeZoneRule utc = new DefaultTimeZoneRule("UTC");

  @Test
  public void runsInUtc() {
    assertEquals("UTC", TimeZone.getDefault().getID());
  }
}
