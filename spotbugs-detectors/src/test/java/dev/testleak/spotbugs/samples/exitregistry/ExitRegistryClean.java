package dev.testleak.spotbugs.samples.exitregistry;

import java.io.File;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Shutdown hooks removed in finally or in @AfterEach; exit registrations outside per-invocation code. */
public class ExitRegistryClean {
  private Thread hook;

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void removesInFinally(int n) {
    Thread local = new Thread(() -> {});
    Runtime.getRuntime().addShutdownHook(local);
    try {
      n++;
    } finally {
      Runtime.getRuntime().removeShutdownHook(local);
    }
  }

  @RepeatedTest(2)
  void removedAfterEach() {
    hook = new Thread(() -> {});
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @AfterEach
  void removeHook() {
    if (hook != null) {
      Runtime.getRuntime().removeShutdownHook(hook);
    }
  }

  @Test
  void onceIsNoGrowth() throws IOException {
    File.createTempFile("once", ".tmp").deleteOnExit();
  }
}
