package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A helper method of the test class sets a system property that nothing restores. */
class PropertyInHelperTest {
  @Test
  void usesSmallPages() {
    pageSize(10);
    assertEquals("10", System.getProperty("app.page.size"));
  }

  private static void pageSize(int size) {
    System.setProperty("app.page.size", String.valueOf(size)); // expect: JvmSettingNotRestored
  }
}
