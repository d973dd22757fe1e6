package dev.testleak.spotbugs.samples.resource.perinstance;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.testng.annotations.AfterClass;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** TestNG creates one instance per class: the field initializer runs once, @AfterClass stops the pool. */
public class TestNgPerClassInstanceClean {
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @DataProvider
  public Object[][] numbers() {
    return new Object[][] {{1}, {2}};
  }

  @AfterClass
  public void stopPool() {
    pool.shutdownNow();
  }

  @Test(dataProvider = "numbers")
  public void squares(int n) throws Exception {
    pool.submit(() -> n * n).get();
  }
}
