package dev.testleak.testcases.jvmsetting.junit5;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;

/** A base class whose inherited @AfterEach restores the default Locale through a helper. */
abstract class RestoringLocaleBase {
  private static final Locale ORIGINAL = Locale.getDefault();

  @AfterEach
  void restoreDefaults() {
    restoreLocale();
  }

  private static void restoreLocale() {
    Locale.setDefault(ORIGINAL);
  }
}
