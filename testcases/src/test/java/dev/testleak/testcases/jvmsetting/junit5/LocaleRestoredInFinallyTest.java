package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Clean: the previous default Locale is put back in finally. */
class LocaleRestoredInFinallyTest {
  @Test
  void formatsInGerman() {
    Locale previous = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      assertEquals("1,5", NumberFormat.getInstance().format(1.5));
    } finally {
      Locale.setDefault(previous);
    }
  }
}
