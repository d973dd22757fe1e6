package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clean: a table-driven test releases each row's stream in the same loop iteration. */
class LoopClosedPerIterationTest {
  @TempDir Path dir;

  @Test
  void readsEveryRow() throws IOException {
    for (String row : List.of("one", "two")) {
      Path file = Files.writeString(dir.resolve(row), row);
      try (InputStream in = Files.newInputStream(file)) {
        assertEquals(row.length(), in.readAllBytes().length);
      }
    }
  }

  @Test
  void readsEveryRowClosingByHand() throws IOException {
    for (String row : List.of("three", "four")) {
      Path file = Files.writeString(dir.resolve(row), row);
      FileInputStream in = new FileInputStream(file.toFile());
      try {
        assertEquals(row.length(), in.readAllBytes().length);
      } finally {
        in.close();
      }
    }
  }
}
