package dev.testleak.testcases.singleton.junit5;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import dev.testleak.testcases.singleton.EventBus;
import dev.testleak.testcases.singleton.OrderListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Clean: @AfterEach unregisters the listener the test registered with the singleton bus. */
class EventBusUnregisterAfterEachTest {
  private final OrderListener listener = mock(OrderListener.class);

  @AfterEach
  void unregister() {
    EventBus.getInstance().unregister(listener);
  }

  @Test
  void notifiesListener() {
    EventBus.getInstance().register(listener);
    EventBus.getInstance().post("order-1");
    verify(listener).onOrder("order-1");
  }
}
