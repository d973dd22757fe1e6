package dev.testleak.spotbugs.samples.resource;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opened in the per-invocation set-up of a parameterized class, closed only at class end. */
public class ResourceFieldLeak {
  static Path dir;
  static Writer log;

  @BeforeEach
  void open() throws IOException {
    log = Files.newBufferedWriter(dir.resolve("log")); // BUG
  }

  @AfterAll
  static void close() throws IOException {
    log.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void writes(int n) throws IOException {
    log.write(n);
  }
}
