package dev.testleak.testcases.exitregistry.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clean: each case deletes its own temp file in finally instead of registering it for exit. */
class DeleteInFinallyTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "bb"})
  void writes(String content) throws IOException {
    Path file = Files.createTempFile("content", ".txt");
    try {
      Files.writeString(file, content);
      assertEquals(content.length(), Files.size(file));
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
