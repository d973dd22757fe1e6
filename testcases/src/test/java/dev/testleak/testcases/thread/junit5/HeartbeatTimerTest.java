package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A static field initializer starts a daemon timer when the class loads; being a daemon does not
 * stop it, and nothing cancels it.
 */
class HeartbeatTimerTest {
  private static final Timer HEARTBEAT = new Timer("heartbeat", true); // expect: ThreadOrServerNeverStopped

  @Test
  void beats() throws InterruptedException {
    CountDownLatch beat = new CountDownLatch(1);
    HEARTBEAT.schedule(new TimerTask() {
      @Override
      public void run() {
        beat.countDown();
      }
    }, 0, 1000);
    assertTrue(beat.await(1, TimeUnit.SECONDS));
  }
}
