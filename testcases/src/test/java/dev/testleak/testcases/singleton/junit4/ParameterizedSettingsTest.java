package dev.testleak.testcases.singleton.junit4;

import static org.junit.Assert.assertEquals;

import dev.testleak.testcases.singleton.Settings;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** JUnit 4 Parameterized: each set changes the singleton's page size; the last one stays. */
@RunWith(Parameterized.class)
public class ParameterizedSettingsTest {
  private final int pageSize;

  public ParameterizedSettingsTest(int pageSize) {
    this.pageSize = pageSize;
  }

  @Parameters
  public static Collection<Object[]> sizes() {
    return Arrays.asList(new Object[][] {{10}, {50}});
  }

  @Test
  public void pages() {
    Settings.get().setPageSize(pageSize); // expect: SingletonStateNotRestored
    assertEquals(pageSize, Settings.get().getPageSize());
  }
}
