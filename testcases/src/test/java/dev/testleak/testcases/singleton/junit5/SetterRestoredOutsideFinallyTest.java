package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testleak.testcases.singleton.Settings;
import org.junit.jupiter.api.Test;

/**
 * The page size is set back at the end of the test, but not in finally: a failing assertion skips
 * that, so the change is reported. The trailing call of the same setter is a restore, not a change.
 */
class SetterRestoredOutsideFinallyTest {
  @Test
  void pagesByFifty() {
    int previous = Settings.get().getPageSize();
    Settings.get().setPageSize(50); // expect: SingletonStateNotRestored
    assertEquals(50, Settings.get().getPageSize());
    Settings.get().setPageSize(previous);
  }
}
