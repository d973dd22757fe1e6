package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/** Clean: every repetition closes its stream in finally. */
class CloseInFinallyTest {
  @TempDir Path dir;

  @RepeatedTest(3)
  void readsBack() throws IOException {
    Path file = Files.writeString(dir.resolve("data.bin"), "xyz");
    FileInputStream in = new FileInputStream(file.toFile());
    try {
      assertEquals('x', in.read());
    } finally {
      in.close();
    }
  }
}
