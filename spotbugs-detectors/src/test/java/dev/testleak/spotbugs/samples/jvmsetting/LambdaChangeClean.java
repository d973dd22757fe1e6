package dev.testleak.spotbugs.samples.jvmsetting;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Settings changed in lambdas (a thread's body, a lambda inside a lambda) and restored in a
 * {@code finally} of the method the lambdas are written in.
 */
public class LambdaChangeClean {
  @Test
  void threadBodyRestoredByTheTestsFinally() throws InterruptedException {
    Thread toggler = new Thread(() -> System.setProperty("sample.toggle", "on"));
    try {
      toggler.start();
      toggler.join();
    } finally {
      System.clearProperty("sample.toggle");
    }
  }

  @Test
  void nestedLambdaRestoredByTheTestsFinally() throws Exception {
    Locale previous = Locale.getDefault();
    try {
      Callable<Runnable> outer = () -> () -> Locale.setDefault(Locale.GERMANY);
      outer.call().run();
    } finally {
      Locale.setDefault(previous);
    }
  }
}
