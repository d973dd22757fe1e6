package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testleak.testcases.singleton.EventBus;
import dev.testleak.testcases.singleton.OrderListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The listener is unregistered at the end of the test, outside finally: a failing assertion skips
 * the unregistration.
 */
class UnregisterOutsideFinallyTest {
  @Test
  void receivesOneOrder() {
    List<String> received = new ArrayList<>();
    OrderListener listener = received::add;
    EventBus.getInstance().register(listener); // expect: SingletonStateNotRestored
    EventBus.getInstance().post("order-3");
    assertEquals(List.of("order-3"), received);
    EventBus.getInstance().unregister(listener);
  }
}
