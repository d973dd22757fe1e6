package dev.testleak.testcases.thread.testng;

import static org.testng.Assert.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/** Clean: TestNG @AfterClass interrupts and joins the poller @BeforeClass started. */
public class TestNGAfterClassJoinTest {
  private final AtomicBoolean polled = new AtomicBoolean();
  private Thread poller;

  @BeforeClass
  public void startPoller() {
    poller = new Thread(this::poll, "poller");
    poller.start();
  }

  private void poll() {
    while (!Thread.currentThread().isInterrupted()) {
      polled.lazySet(true);
      Thread.onSpinWait();
    }
  }

  @AfterClass
  public void stopPoller() throws InterruptedException {
    poller.interrupt();
    poller.join();
  }

  @Test
  public void isRunning() {
    assertTrue(poller.isAlive());
  }
}
