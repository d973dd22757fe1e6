package dev.testleak.testcases.singleton.junit4;

import static org.junit.Assert.assertEquals;

import dev.testleak.testcases.singleton.EventBus;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;

/** Clean: the rule registers and unregisters its listener around every test. */
public class EventBusRuleUserTest {
  @Rule public final EventBusRule events = new EventBusRule();

  @Test
  public void recordsOrder() {
    EventBus.getInstance().post("order-4");
    assertEquals(List.of("order-4"), events.received());
  }
}
