package dev.testleak.spotbugs.samples.resource.perinstance;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each instance opens is released after each case: by @AfterEach, through a helper it calls,
 * by an inherited @AfterEach, or by JUnit (@AutoClose).
 */
public class PerInstanceReleasedClean extends ClosingInputBase {
  static Path dir;
  private final ExecutorService pool = Executors.newSingleThreadExecutor();
  private final Writer log;
  @AutoClose private final InputStream autoClosed = new FileInputStream("auto");

  {
    log = Files.newBufferedWriter(dir.resolve("log"));
  }

  public PerInstanceReleasedClean() throws IOException {
    input = new FileInputStream("input");
  }

  @AfterEach
  void release() throws IOException {
    pool.shutdownNow();
    closeLog();
  }

  private void closeLog() throws IOException {
    log.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void uses(int n) throws Exception {
    log.write(input.read() + autoClosed.read() + pool.submit(() -> n).get());
  }
}
