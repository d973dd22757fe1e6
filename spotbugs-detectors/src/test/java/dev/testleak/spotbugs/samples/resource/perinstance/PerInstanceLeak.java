package dev.testleak.spotbugs.samples.resource.perinstance;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JUnit 5 creates an instance per case, so the field initializer, the initializer block and the
 * constructor each open one resource per case, and no teardown releases them; an extension that
 * JUnit does not know of (no @RegisterExtension) never closes the socket it binds.
 */
public class PerInstanceLeak {
  static Path dir;
  private final ExecutorService pool = Executors.newSingleThreadExecutor(); // BUG
  private final Writer log;
  private final InputStream input;
  private final ServerExtension unregistered = new ServerExtension(); // BUG

  {
    log = Files.newBufferedWriter(dir.resolve("log")); // BUG
  }

  public PerInstanceLeak() throws IOException {
    input = new FileInputStream("input"); // BUG
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void uses(int n) throws Exception {
    log.write(input.read() + pool.submit(() -> n).get() + unregistered.port());
  }
}
