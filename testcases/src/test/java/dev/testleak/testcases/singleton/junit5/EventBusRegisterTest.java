package dev.testleak.testcases.singleton.junit5;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import dev.testleak.testcases.singleton.EventBus;
import dev.testleak.testcases.singleton.OrderListener;
import org.junit.jupiter.api.Test;

/**
 * Registers a mock listener with the process-wide bus and never unregisters it: the mock, with every
 * invocation it records, is notified by every later test of the fork.
 */
class EventBusRegisterTest {
  private final OrderListener listener = mock(OrderListener.class);

  @Test
  void notifiesListener() {
    EventBus.getInstance().register(listener); // expect: SingletonStateNotRestored
    EventBus.getInstance().post("order-1");
    verify(listener).onOrder("order-1");
  }
}
