package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean: the reader is passed straight to a helper that owns and closes it, and the helper that
 * opens a stream returns it to a try-with-resources.
 */
class HandedOnTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"one", "two"})
  void countsLines(String name) throws IOException {
    Path file = Files.writeString(dir.resolve(name), "a\nb\n");
    assertEquals(2, countAndClose(Files.newBufferedReader(file)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"three", "four"})
  void readsFixture(String name) throws IOException {
    try (InputStream in = openFixture(name)) {
      assertEquals(1, in.readAllBytes().length);
    }
  }

  private static long countAndClose(BufferedReader reader) throws IOException {
    try (reader) {
      return reader.lines().count();
    }
  }

  private InputStream openFixture(String name) throws IOException {
    return Files.newInputStream(Files.writeString(dir.resolve(name), "x"));
  }
}
