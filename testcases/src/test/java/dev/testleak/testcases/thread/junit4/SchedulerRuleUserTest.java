package dev.testleak.testcases.thread.junit4;

import static org.junit.Assert.assertEquals;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;

/** Uses the leaky scheduler rule; the finding is in the rule, where the scheduler is started. */
public class SchedulerRuleUserTest {
  @Rule public final SchedulerRule rule = new SchedulerRule();

  @Test
  public void runsLater() throws Exception {
    ScheduledFuture<Integer> later = rule.scheduler().schedule(() -> 7, 1, TimeUnit.MILLISECONDS);
    assertEquals(7, (int) later.get());
  }
}
