package dev.testleak.testcases.singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A process-wide event bus reached through getInstance(); tests may also create their own. */
public final class EventBus {
  private static final EventBus INSTANCE = new EventBus();

  private final List<OrderListener> listeners = new CopyOnWriteArrayList<>();

  public EventBus() {}

  public static EventBus getInstance() {
    return INSTANCE;
  }

  public void register(OrderListener listener) {
    listeners.add(listener);
  }

  public void unregister(OrderListener listener) {
    listeners.remove(listener);
  }

  public void post(String orderId) {
    for (OrderListener listener : listeners) {
      listener.onOrder(orderId);
    }
  }

  public int listenerCount() {
    return listeners.size();
  }
}
