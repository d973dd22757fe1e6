package dev.testleak.testcases.thread.junit4;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.rules.ExternalResource;

/**
 * A JUnit 4 rule whose before() starts a scheduler and whose after() only forgets the reference:
 * the scheduler's thread keeps running.
 */
public class SchedulerRule extends ExternalResource {
  private ScheduledExecutorService scheduler;

  @Override
  protected void before() {
    scheduler = Executors.newSingleThreadScheduledExecutor(); // expect: ThreadOrServerNeverStopped
  }

  @Override
  protected void after() {
    System.out.flush();
  }

  public ScheduledExecutorService scheduler() {
    return scheduler;
  }
}
