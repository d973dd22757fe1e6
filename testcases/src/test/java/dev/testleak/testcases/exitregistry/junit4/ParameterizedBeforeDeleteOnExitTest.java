package dev.testleak.testcases.exitregistry.junit4;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * JUnit 4 Parameterized: @Before runs once per parameter set, and each run adds one more
 * deleteOnExit entry.
 */
@RunWith(Parameterized.class)
public class ParameterizedBeforeDeleteOnExitTest {
  private final String suffix;
  private File input;

  public ParameterizedBeforeDeleteOnExitTest(String suffix) {
    this.suffix = suffix;
  }

  @Parameters
  public static Collection<Object[]> suffixes() {
    return Arrays.asList(new Object[][] {{".xml"}, {".json"}});
  }

  @Before
  public void createInput() throws IOException {
    input = File.createTempFile("input", suffix);
    input.deleteOnExit(); // expect: ExitRegistryGrownPerInvocation
  }

  @Test
  public void exists() {
    assertTrue(input.exists());
  }
}
