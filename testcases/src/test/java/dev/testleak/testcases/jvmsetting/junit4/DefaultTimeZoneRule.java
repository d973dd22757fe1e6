package dev.testleak.testcases.jvmsetting.junit4;

import java.util.TimeZone;
import org.junit.rules.ExternalResource;

/** Clean: a JUnit 4 rule that sets the default TimeZone in before() and restores it in after(). */
public class DefaultTimeZoneRule extends ExternalResource {
  private final String zone;
  private TimeZone previous;

  public DefaultTimeZoneRule(String zone) {
    this.zone = zone;
  }

  @Override
  protected void before() {
    previous = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
  }

  @Override
  protected void after() {
    TimeZone.setDefault(previous);
  }
}
