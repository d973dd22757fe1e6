package dev.testleak.testcases.jvmsetting.testng;

import static org.testng.Assert.assertEquals;

import java.util.Locale;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Clean: TestNG @AfterMethod restores the Locale that @BeforeMethod changed. */
public class TestNGLocaleAfterMethodTest {
  private Locale previous;

  @BeforeMethod
  public void useJapanese() {
    previous = Locale.getDefault();
    Locale.setDefault(Locale.JAPAN);
  }

  @AfterMethod
  public void restoreLocale() {
    Locale.setDefault(previous);
  }

  @Test
  public void speaksJapanese() {
    assertEquals(Locale.getDefault().getLanguage(), "ja");
  }
}
