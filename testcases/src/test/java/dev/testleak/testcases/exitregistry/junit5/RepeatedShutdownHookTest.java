package dev.testleak.testcases.exitregistry.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Every repetition registers a shutdown hook to clean its directory; the hook thread, and the path
 * it holds, stay reachable until the fork exits.
 */
class RepeatedShutdownHookTest {
  @RepeatedTest(10)
  void usesWorkDir() throws IOException {
    Path work = Files.createTempDirectory("work");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> work.toFile().delete())); // expect: ExitRegistryGrownPerInvocation
    assertTrue(Files.isDirectory(work));
  }
}
