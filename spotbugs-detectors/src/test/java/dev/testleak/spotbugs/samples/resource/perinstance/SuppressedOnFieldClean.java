package dev.testleak.spotbugs.samples.resource.perinstance;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A field initializer has no method to annotate: the finding is accepted on the field. */
public class SuppressedOnFieldClean {
  @SuppressFBWarnings(value = "ResourceLeakedPerInvocation", justification = "two cases, one idle thread each")
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void squares(int n) throws Exception {
    pool.submit(() -> n * n).get();
  }
}
