package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Clean: the @AfterEach inherited from RestoringLocaleBase restores the Locale this test sets. */
class RestoringLocaleUserTest extends RestoringLocaleBase {
  @Test
  void speaksFrench() {
    Locale.setDefault(Locale.FRANCE);
    assertEquals("fr", Locale.getDefault().getLanguage());
  }
}
