package dev.testleak.testcases.oncehook.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clean: the counter is created once here and reset after every test by the inherited @AfterEach. */
class CounterResetUserTest extends CounterResetBase {
  @BeforeAll
  static void createCounter() {
    calls = new AtomicInteger();
  }

  @Test
  void countsOneCall() {
    assertEquals(1, calls.incrementAndGet());
  }

  @Test
  void countsAnotherCall() {
    assertEquals(1, calls.incrementAndGet());
  }
}
