package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testleak.testcases.resource.CsvSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Leaky: project AutoCloseables that hold something outside the heap (an open reader; a thread
 * pool), created once per case and never closed.
 */
class ProjectCloseableHoldingFileTest {
  @TempDir Path dir;

  /** Runs work on its own pool; close() shuts the pool down. */
  static final class Workers implements AutoCloseable {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    int square(int x) throws Exception {
      return pool.submit(() -> x * x).get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"id,name", "id,name,email"})
  void readsHeader(String header) throws IOException {
    Path file = Files.writeString(dir.resolve("rows.csv"), header + "\n");
    CsvSource source = new CsvSource(file); // expect: ResourceLeakedPerInvocation
    assertEquals(List.of(header.split(",")), source.header());
  }

  @RepeatedTest(3)
  void squares() throws Exception {
    Workers workers = new Workers(); // expect: ResourceLeakedPerInvocation
    assertEquals(9, workers.square(3));
  }
}
