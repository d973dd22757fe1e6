package dev.testleak.testcases.exitregistry.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The file is deleted in finally, but its deleteOnExit entry can never be removed: every repetition
 * still adds one entry to the JVM's exit list.
 */
class DeleteOnExitDespiteFinallyTest {
  @RepeatedTest(5)
  void createsScratchFile() throws IOException {
    File scratch = File.createTempFile("scratch", ".tmp");
    scratch.deleteOnExit(); // expect: ExitRegistryGrownPerInvocation
    try {
      assertTrue(scratch.exists());
    } finally {
      Files.deleteIfExists(scratch.toPath());
    }
  }
}
