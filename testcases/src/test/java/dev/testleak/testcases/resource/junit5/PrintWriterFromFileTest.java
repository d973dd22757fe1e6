package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A PrintWriter built from a File opens the file itself; each case flushes it and never closes it. */
class PrintWriterFromFileTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"report.txt, 3", "summary.txt, 5"})
  void writesLines(String name, int lines) throws IOException {
    File file = dir.resolve(name).toFile();
    PrintWriter out = new PrintWriter(file); // expect: ResourceLeakedPerInvocation
    for (int i = 0; i < lines; i++) {
      out.println(i);
    }
    out.flush();
    assertEquals(lines, Files.readAllLines(file.toPath()).size());
  }
}
