package dev.testleak.testcases.resource.junit4;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** JUnit 4 Parameterized: every parameter set opens a file writer and only flushes it. */
@RunWith(Parameterized.class)
public class ParameterizedWriterTest {
  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  private final String name;

  public ParameterizedWriterTest(String name) {
    this.name = name;
  }

  @Parameters
  public static Collection<Object[]> names() {
    return Arrays.asList(new Object[][] {{"a.txt"}, {"b.txt"}});
  }

  @Test
  public void writes() throws IOException {
    File file = folder.newFile(name);
    FileWriter writer = new FileWriter(file); // expect: ResourceLeakedPerInvocation
    writer.write("content");
    writer.flush();
    assertTrue(file.length() > 0);
  }
}
