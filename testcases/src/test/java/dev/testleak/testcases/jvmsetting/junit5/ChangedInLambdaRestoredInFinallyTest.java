package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Clean: the settings are changed in lambdas (a thread's body, an {@code assertThrows} executable),
 * and the method the lambdas are written in restores them in {@code finally}, after the thread is
 * joined and after {@code assertThrows} returns (commons-configuration2's TestSystemConfiguration
 * shape: a thread toggles a property while the test reads the system configuration).
 */
class ChangedInLambdaRestoredInFinallyTest {
  private static final String KEY = "testleak.toggled";

  @Test
  void togglesAPropertyFromAnotherThread() throws InterruptedException {
    Thread toggler =
        new Thread(
            () -> {
              for (int i = 0; i < 100; i++) {
                if (i % 2 == 0) {
                  System.setProperty(KEY, "on");
                } else {
                  System.clearProperty(KEY);
                }
              }
            });
    try {
      toggler.start();
      toggler.join();
    } finally {
      System.clearProperty(KEY);
    }
  }

  @Test
  void rejectsWhileTheLocaleIsGerman() {
    Locale previous = Locale.getDefault();
    try {
      IllegalStateException thrown =
          assertThrows(
              IllegalStateException.class,
              () -> {
                Locale.setDefault(Locale.GERMANY);
                throw new IllegalStateException(Locale.getDefault().getLanguage());
              });
      assertEquals("de", thrown.getMessage());
    } finally {
      Locale.setDefault(previous);
    }
  }
}
