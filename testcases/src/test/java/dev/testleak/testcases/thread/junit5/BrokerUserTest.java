package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Uses the broker extension; the finding is in the extension, where the thread is started. */
class BrokerUserTest {
  @RegisterExtension static final EmbeddedBrokerExtension BROKER = new EmbeddedBrokerExtension();

  @Test
  void publishes() {
    assertTrue(BROKER.topic.offer("order-created"));
  }
}
