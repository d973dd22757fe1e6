package dev.testleak.testcases.oncehook.testng;

import static org.testng.Assert.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Clean: the retry counter is created once and set back to zero by @BeforeMethod. */
public class TestNGCounterResetTest {
  private AtomicInteger retries;

  @BeforeClass
  public void createRetries() {
    retries = new AtomicInteger();
  }

  @BeforeMethod
  public void resetRetries() {
    retries.set(0);
  }

  @Test(invocationCount = 3)
  public void retriesOnce() {
    assertEquals(retries.incrementAndGet(), 1);
  }
}
