package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Sets the default Locale to German and leaves it so for every later test of the fork. */
class DefaultLocaleTest {
  @Test
  void formatsInGerman() {
    Locale.setDefault(Locale.GERMANY); // expect: JvmSettingNotRestored
    assertEquals("1,5", NumberFormat.getInstance().format(1.5));
  }
}
