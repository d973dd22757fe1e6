package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testleak.testcases.singleton.EventBus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clean: the test gives itself its own EventBus instead of registering with the singleton. */
class OwnInstanceTest {
  @Test
  void deliversToOwnBus() {
    List<String> received = new ArrayList<>();
    EventBus bus = new EventBus();
    bus.register(received::add);
    bus.post("order-9");
    assertEquals(List.of("order-9"), received);
  }
}
