package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileInputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean: a resource chosen by a conditional, then closed: one branch or the other of a ?: that
 * initialises a try-with-resources variable, and a local assigned in if/else and closed in the
 * finally of the same loop iteration.
 */
class ResourceInBranchesClosedTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void readsEitherFile(boolean first) throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "a");
    Path b = Files.writeString(dir.resolve("b.txt"), "b");
    try (InputStream in = first ? new FileInputStream(a.toFile()) : new FileInputStream(b.toFile())) {
      assertEquals(first ? 'a' : 'b', in.read());
    }
  }

  @Test
  void readsWithEitherReader() throws IOException {
    Path file = Files.writeString(dir.resolve("c.txt"), "c");
    for (int i = 0; i < 4; i++) {
      final Reader reader;
      if (i % 2 == 0) {
        reader = new FileReader(file.toFile(), StandardCharsets.UTF_8);
      } else {
        reader = new InputStreamReader(new FileInputStream(file.toFile()), StandardCharsets.UTF_8);
      }
      try {
        assertEquals('c', reader.read());
      } finally {
        reader.close();
      }
    }
  }
}
