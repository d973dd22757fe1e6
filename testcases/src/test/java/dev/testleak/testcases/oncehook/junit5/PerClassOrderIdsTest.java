package dev.testleak.testcases.oncehook.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

/**
 * The order-id counter is created once per class and bumped by every repetition through two helper
 * methods, so only the first repetition sees id 1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerClassOrderIdsTest {
  private AtomicInteger nextId;

  @BeforeAll
  void createCounter() {
    nextId = new AtomicInteger(); // expect: OnceHookStateMutatedByTests
  }

  @RepeatedTest(3)
  void firstOrderGetsIdOne() {
    assertEquals("order-1", placeOrder());
  }

  private String placeOrder() {
    return "order-" + allocateId();
  }

  private int allocateId() {
    return nextId.incrementAndGet();
  }
}
