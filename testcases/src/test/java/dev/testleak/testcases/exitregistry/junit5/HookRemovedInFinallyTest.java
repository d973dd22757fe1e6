package dev.testleak.testcases.exitregistry.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clean: each case removes the shutdown hook it added in finally. */
class HookRemovedInFinallyTest {
  @ParameterizedTest
  @ValueSource(strings = {"alpha", "beta"})
  void flushesOnExit(String name) {
    Thread flush = new Thread(() -> System.out.flush(), "flush-" + name);
    Runtime.getRuntime().addShutdownHook(flush);
    try {
      assertTrue(name.length() > 3);
    } finally {
      Runtime.getRuntime().removeShutdownHook(flush);
    }
  }
}
