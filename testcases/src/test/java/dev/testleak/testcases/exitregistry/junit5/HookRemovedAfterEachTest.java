package dev.testleak.testcases.exitregistry.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clean: the hook added before each case is removed after it by @AfterEach. */
class HookRemovedAfterEachTest {
  private Thread hook;

  @BeforeEach
  void registerHook() {
    hook = new Thread(() -> System.err.flush(), "flush-err");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @AfterEach
  void removeHook() {
    Runtime.getRuntime().removeShutdownHook(hook);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void runs(int attempt) {
    assertTrue(attempt > 0);
  }
}
