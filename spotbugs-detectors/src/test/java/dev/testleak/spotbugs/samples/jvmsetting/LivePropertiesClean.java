package dev.testleak.spotbugs.samples.jvmsetting;

import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * System properties restored through the live {@code System.getProperties()} view, directly or
 * through a local, in finally or in a teardown (commons-text's StringSubstitutorTest).
 */
public class LivePropertiesClean {
  @Test
  void removedFromTheLivePropertiesInFinally() {
    System.setProperty("app.greeting", "hello");
    try {
      System.getProperty("app.greeting").length();
    } finally {
      System.getProperties().remove("app.greeting");
    }
  }

  @Test
  void putBackThroughALocalInFinally() {
    Properties live = System.getProperties();
    Object previous = live.get("app.mode");
    System.setProperty("app.mode", "fast");
    try {
      System.getProperty("app.mode").length();
    } finally {
      live.put("app.mode", previous == null ? "" : previous);
    }
  }

  /** A teardown that puts every saved property back. */
  public static class RestoredByTeardown {
    private final Properties saved = (Properties) System.getProperties().clone();

    @AfterEach
    void restore() {
      Properties live = System.getProperties();
      live.clear();
      live.putAll(saved);
    }

    @Test
    void setsAProperty() {
      System.setProperty("app.other", "x");
    }
  }
}
