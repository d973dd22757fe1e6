package dev.testleak.testcases.resource.junit4;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.Arrays;
import java.util.Collection;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Clean: JUnit 4 Parameterized; the file opened in @Before is closed by a helper @After calls. */
@RunWith(Parameterized.class)
public class ParameterizedAfterHelperTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private final int length;
  private RandomAccessFile file;

  public ParameterizedAfterHelperTest(int length) {
    this.length = length;
  }

  @Parameters
  public static Collection<Object[]> lengths() {
    return Arrays.asList(new Object[][] {{1}, {8}});
  }

  @Before
  public void open() throws IOException {
    File target = folder.newFile("data.bin");
    file = new RandomAccessFile(target, "rw");
  }

  @After
  public void closeFile() throws IOException {
    release();
  }

  private void release() throws IOException {
    file.close();
  }

  @Test
  public void growsFile() throws IOException {
    file.setLength(length);
    assertEquals(length, file.length());
  }
}
