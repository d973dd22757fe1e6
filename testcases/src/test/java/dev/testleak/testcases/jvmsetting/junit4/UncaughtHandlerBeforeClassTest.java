package dev.testleak.testcases.jvmsetting.junit4;

import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * JUnit 4: @BeforeClass installs a default uncaught-exception handler that collects into this
 * class's list; nothing restores the previous one, so the list stays reachable for the fork.
 */
public class UncaughtHandlerBeforeClassTest {
  private static final List<Throwable> uncaught = new ArrayList<>();

  @BeforeClass
  public static void collectUncaught() {
    Thread.setDefaultUncaughtExceptionHandler((thread, error) -> uncaught.add(error)); // expect: JvmSettingNotRestored StaticCollectionNeverCleared
  }

  @Test
  public void startsWithNone() {
    assertTrue(uncaught.isEmpty());
  }
}
