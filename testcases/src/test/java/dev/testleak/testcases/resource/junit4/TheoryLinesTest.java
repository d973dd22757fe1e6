package dev.testleak.testcases.resource.junit4;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.experimental.theories.DataPoints;
import org.junit.experimental.theories.Theories;
import org.junit.experimental.theories.Theory;
import org.junit.runner.RunWith;

/**
 * JUnit 4 Theories: every data point reads a file through Files.lines and never closes the stream,
 * which holds an open file handle until it is closed.
 */
@RunWith(Theories.class)
public class TheoryLinesTest {
  @DataPoints
  public static String[] contents() {
    return new String[] {"a\nb", "c\nd"};
  }

  @Theory
  public void hasTwoLines(String content) throws IOException {
    Path file = Files.createTempFile("theory", ".txt");
    Files.writeString(file, content);
    Stream<String> lines = Files.lines(file); // expect: ResourceLeakedPerInvocation
    assertEquals(2, lines.count());
    Files.delete(file);
  }
}
