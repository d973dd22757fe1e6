package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testleak.testcases.singleton.EventBus;
import dev.testleak.testcases.singleton.OrderListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A method merely named tearDown, with no hook annotation, never runs: the listener stays
 * registered.
 */
class NamedTearDownIsNoHookTest {
  private final List<String> received = new ArrayList<>();
  private final OrderListener listener = received::add;

  void tearDown() {
    EventBus.getInstance().unregister(listener);
  }

  @Test
  void receivesOrder() {
    EventBus.getInstance().register(listener); // expect: SingletonStateNotRestored
    EventBus.getInstance().post("order-2");
    assertEquals(List.of("order-2"), received);
  }
}
