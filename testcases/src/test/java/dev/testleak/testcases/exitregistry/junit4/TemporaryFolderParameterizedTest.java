package dev.testleak.testcases.exitregistry.junit4;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Clean: JUnit 4's TemporaryFolder rule deletes each parameter set's files after the test. */
@RunWith(Parameterized.class)
public class TemporaryFolderParameterizedTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private final String name;

  public TemporaryFolderParameterizedTest(String name) {
    this.name = name;
  }

  @Parameters
  public static Collection<Object[]> names() {
    return Arrays.asList(new Object[][] {{"a.xml"}, {"b.xml"}});
  }

  @Test
  public void creates() throws IOException {
    File file = folder.newFile(name);
    assertTrue(file.exists());
  }
}
