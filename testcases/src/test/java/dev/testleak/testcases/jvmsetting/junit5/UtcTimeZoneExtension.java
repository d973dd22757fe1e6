package dev.testleak.testcases.jvmsetting.junit5;

import java.util.TimeZone;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An extension that switches the JVM to UTC before a class and has no afterAll: every class that
 * runs after a user of it runs in UTC too.
 */
public class UtcTimeZoneExtension implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC")); // expect: JvmSettingNotRestored
  }
}
