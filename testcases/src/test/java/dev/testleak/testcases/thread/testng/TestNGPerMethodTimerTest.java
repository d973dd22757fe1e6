package dev.testleak.testcases.thread.testng;

import static org.testng.Assert.assertTrue;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Clean: the timer created in @BeforeMethod is cancelled in @AfterMethod. */
public class TestNGPerMethodTimerTest {
  private Timer timer;

  @BeforeMethod
  public void createTimer() {
    timer = new Timer("retry", true);
  }

  @AfterMethod
  public void cancelTimer() {
    timer.cancel();
  }

  @Test
  public void firesOnce() throws InterruptedException {
    CountDownLatch fired = new CountDownLatch(1);
    timer.schedule(new TimerTask() {
      @Override
      public void run() {
        fired.countDown();
      }
    }, 1);
    assertTrue(fired.await(1, TimeUnit.SECONDS));
  }
}
