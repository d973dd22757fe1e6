package dev.testleak.testcases.exitregistry.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hook is removed at the end of the method, outside finally: the failing "beta" case skips the
 * removal and leaves its hook registered.
 */
class HookRemovedOutsideFinallyTest {
  @ParameterizedTest
  @ValueSource(strings = {"alpha", "beta"})
  void flushesOnExit(String name) {
    Thread flush = new Thread(() -> System.out.flush(), "flush-" + name);
    Runtime.getRuntime().addShutdownHook(flush); // expect: ExitRegistryGrownPerInvocation
    assertEquals(5, name.length());
    Runtime.getRuntime().removeShutdownHook(flush);
  }
}
