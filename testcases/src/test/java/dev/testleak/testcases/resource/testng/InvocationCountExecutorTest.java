package dev.testleak.testcases.resource.testng;

import static org.testng.Assert.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.testng.annotations.Test;

/**
 * TestNG invocationCount: each of the five invocations creates an executor in the test body and
 * never shuts it down, so five idle worker threads are left behind.
 */
public class InvocationCountExecutorTest {
  @Test(invocationCount = 5)
  public void computesConcurrently() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor(); // expect: ResourceLeakedPerInvocation
    Future<Integer> answer = executor.submit(() -> 6 * 7);
    assertEquals((int) answer.get(), 42);
  }
}
