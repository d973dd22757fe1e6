package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Clean: the enclosing class's @AfterEach, which also runs after @Nested tests, restores the zone. */
class NestedRestoredByOuterTest {
  private static final TimeZone ORIGINAL = TimeZone.getDefault();

  @AfterEach
  void restoreZone() {
    TimeZone.setDefault(ORIGINAL);
  }

  @Nested
  class InTokyo {
    @Test
    void usesTokyo() {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
      assertEquals("Asia/Tokyo", TimeZone.getDefault().getID());
    }
  }
}
