package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clean: the reader opened before each case is closed after it by @AfterEach. */
class AfterEachClosesFieldTest {
  @TempDir Path dir;
  private BufferedReader reader;

  @BeforeEach
  void openReader() throws IOException {
    reader = Files.newBufferedReader(Files.writeString(dir.resolve("in.txt"), "header\n"));
  }

  @AfterEach
  void closeReader() throws IOException {
    reader.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"header"})
  void readsHeader(String expected) throws IOException {
    assertEquals(expected, reader.readLine());
  }
}
