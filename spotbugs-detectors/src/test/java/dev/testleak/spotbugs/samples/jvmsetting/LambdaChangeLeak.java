package dev.testleak.spotbugs.samples.jvmsetting;

import org.junit.jupiter.api.Test;

/** A thread's body sets a property; the test's {@code finally} clears a different one. */
public class LambdaChangeLeak {
  @Test
  void threadBodySetsAPropertyTheFinallyDoesNotClear() throws InterruptedException {
    Thread setter = new Thread(() -> System.setProperty("sample.thread.set", "on"));
    try {
      setter.start();
      setter.join();
    } finally {
      System.clearProperty("sample.thread.other");
    }
  }
}
