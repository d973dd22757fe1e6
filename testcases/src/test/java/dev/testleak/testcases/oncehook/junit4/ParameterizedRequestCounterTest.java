package dev.testleak.testcases.oncehook.junit4;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * JUnit 4 Parameterized: the byte counter is created once for the class and every parameter set
 * adds to it, so only the first set sees its own size.
 */
@RunWith(Parameterized.class)
public class ParameterizedRequestCounterTest {
  private static AtomicLong bytesSent;

  private final int size;

  public ParameterizedRequestCounterTest(int size) {
    this.size = size;
  }

  @Parameters
  public static Collection<Object[]> sizes() {
    return Arrays.asList(new Object[][] {{10}, {20}, {30}});
  }

  @BeforeClass
  public static void createCounter() {
    bytesSent = new AtomicLong(); // expect: OnceHookStateMutatedByTests
  }

  @Test
  public void countsBytes() {
    assertEquals(size, bytesSent.addAndGet(size));
  }
}
