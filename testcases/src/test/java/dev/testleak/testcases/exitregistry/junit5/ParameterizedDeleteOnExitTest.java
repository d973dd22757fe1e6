package dev.testleak.testcases.exitregistry.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every parameter set creates a temp file and registers it with deleteOnExit: the JVM-wide list
 * grows by one path per case, and the files stay on disk until the fork exits.
 */
class ParameterizedDeleteOnExitTest {
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void writes(int size) throws IOException {
    File out = File.createTempFile("out", ".bin");
    out.deleteOnExit(); // expect: ExitRegistryGrownPerInvocation
    Files.write(out.toPath(), new byte[size]);
    assertEquals(size, out.length());
  }
}
