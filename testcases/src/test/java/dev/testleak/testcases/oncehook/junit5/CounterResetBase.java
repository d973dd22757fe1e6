package dev.testleak.testcases.oncehook.junit5;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;

/** A base class whose inherited @AfterEach sets the shared call counter back to zero. */
abstract class CounterResetBase {
  protected static AtomicInteger calls;

  @AfterEach
  void resetCalls() {
    calls.set(0);
  }
}
