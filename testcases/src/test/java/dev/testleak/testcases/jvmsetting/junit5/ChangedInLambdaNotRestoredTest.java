package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Leaky twin of ChangedInLambdaRestoredInFinallyTest: the thread's body sets a property, and the
 * {@code finally} of the method it is written in clears a different one.
 */
class ChangedInLambdaNotRestoredTest {
  @Test
  void setsAPropertyFromAnotherThread() throws InterruptedException {
    Thread setter = new Thread(() -> System.setProperty("testleak.thread.set", "on")); // expect: JvmSettingNotRestored
    try {
      setter.start();
      setter.join();
      assertEquals("on", System.getProperty("testleak.thread.set"));
    } finally {
      System.clearProperty("testleak.thread.other");
    }
  }
}
