package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-invocation set-up opens a new writer for every case, but only @AfterAll closes the field:
 * every writer but the last is left open.
 */
class FieldClosedOnlyAfterAllTest {
  @TempDir static Path dir;
  static BufferedWriter log;

  @BeforeEach
  void openLog() throws IOException {
    log = Files.newBufferedWriter(dir.resolve("run.log")); // expect: ResourceLeakedPerInvocation
  }

  @AfterAll
  static void closeLog() throws IOException {
    log.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"start", "stop"})
  void logs(String event) throws IOException {
    log.write(event);
    log.flush();
    assertTrue(Files.size(dir.resolve("run.log")) > 0);
  }
}
