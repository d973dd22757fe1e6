package dev.testleak.testcases.singleton.junit4;

import dev.testleak.testcases.singleton.EventBus;
import dev.testleak.testcases.singleton.OrderListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.rules.ExternalResource;

/** Clean: a JUnit 4 rule that registers a recording listener in before() and unregisters it in after(). */
public class EventBusRule extends ExternalResource {
  private final List<String> received = new ArrayList<>();
  private final OrderListener listener = received::add;

  @Override
  protected void before() {
    EventBus.getInstance().register(listener);
  }

  @Override
  protected void after() {
    EventBus.getInstance().unregister(listener);
  }

  public List<String> received() {
    return received;
  }
}
