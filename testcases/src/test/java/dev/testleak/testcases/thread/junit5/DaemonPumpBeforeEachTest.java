package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every test starts a daemon pump thread kept only in a local: nothing can stop it, so one more
 * thread blocks on take() for every test of the fork.
 */
class DaemonPumpBeforeEachTest {
  private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();

  @BeforeEach
  void startPump() {
    Thread pump = new Thread(this::pumpForever, "pump"); // expect: ThreadOrServerNeverStopped
    pump.setDaemon(true);
    pump.start();
  }

  private void pumpForever() {
    try {
      while (true) {
        outbox.put(inbox.take().toUpperCase(java.util.Locale.ROOT));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void pumpsMessage() throws InterruptedException {
    inbox.put("hi");
    assertEquals("HI", outbox.poll(1, TimeUnit.SECONDS));
  }
}
