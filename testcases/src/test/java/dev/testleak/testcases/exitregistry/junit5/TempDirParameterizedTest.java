package dev.testleak.testcases.exitregistry.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clean: JUnit deletes the @TempDir after every case; nothing is registered with the JVM. */
class TempDirParameterizedTest {
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void writes(int size, @TempDir Path dir) throws IOException {
    File out = dir.resolve("out.bin").toFile();
    Files.write(out.toPath(), new byte[size]);
    assertEquals(size, out.length());
  }
}
