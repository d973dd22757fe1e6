package dev.testleak.testcases.thread.junit5;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An extension that starts an in-memory broker thread before all tests of a class and has no
 * afterAll: the thread outlives every class that uses the extension.
 */
public class EmbeddedBrokerExtension implements BeforeAllCallback {
  final BlockingQueue<String> topic = new LinkedBlockingQueue<>();
  private Thread broker;

  @Override
  public void beforeAll(ExtensionContext context) {
    broker = new Thread(this::deliver, "broker"); // expect: ThreadOrServerNeverStopped
    broker.start();
  }

  private void deliver() {
    try {
      while (true) {
        String message = topic.take();
        if (message.isEmpty()) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
