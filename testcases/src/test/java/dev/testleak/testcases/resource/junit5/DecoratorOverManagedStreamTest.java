package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.testleak.testcases.resource.ArchiveWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean: the decorators wrap a stream that try-with-resources closes; they open nothing of their own
 * (the shape of commons-compress' TarArchiveInputStreamTest, a false positive found on real code).
 */
class DecoratorOverManagedStreamTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"a.tar", "b.tar"})
  void writesArchive(String name) throws IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
      ArchiveWriter archive = new ArchiveWriter(new BufferedOutputStream(out));
      archive.write(1);
      archive.flush();
    }
    assertTrue(Files.size(dir.resolve(name)) > 0);
  }
}
