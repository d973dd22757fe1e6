package dev.testleak.spotbugs.samples.oncehook;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.mockito.Mockito;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeSuite;
import org.testng.annotations.Test;

/** TestNG keeps one instance per class: instance fields created in @BeforeClass live for all tests. */
public class OnceHookTestNgLeak {
  private Map<String, Integer> counts;
  private Supplier<String> supplier;
  private StringBuilder log;

  @BeforeClass
  public void createState() {
    counts = new HashMap<>(); // BUG
    supplier = Mockito.mock(Supplier.class); // BUG
  }

  @BeforeSuite
  public void createLog() {
    log = new StringBuilder(); // BUG
  }

  @Test
  public void counts() {
    counts.merge("a", 1, Integer::sum);
  }

  @Test
  public void stubs() {
    Mockito.when(supplier.get()).thenReturn("x");
  }

  @Test
  public void logsInALambda() {
    Runnable append = () -> log.append("x");
    append.run();
  }
}
