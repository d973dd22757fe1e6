package dev.testleak.testcases.resource.testng;

import static org.testng.Assert.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.testng.annotations.AfterClass;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * Clean: TestNG creates one instance of the class for all rows, so the field initializer starts one
 * pool, and @AfterClass shuts it down.
 */
public class ExecutorPerClassInstanceTest {
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @DataProvider
  public Object[][] numbers() {
    return new Object[][] {{2}, {3}};
  }

  @AfterClass
  public void stopPool() {
    pool.shutdownNow();
  }

  @Test(dataProvider = "numbers")
  public void squares(int x) throws Exception {
    assertEquals((int) pool.submit(() -> x * x).get(5, TimeUnit.SECONDS), x * x);
  }
}
