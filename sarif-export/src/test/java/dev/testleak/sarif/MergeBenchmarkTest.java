package dev.testleak.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the scale benchmark working (small, and without timing assertions). */
class MergeBenchmarkTest {
  @Test
  void theBenchmarkMergesEveryFindingOnce(@TempDir Path temp) throws Exception {
    MergeBenchmark.Result result = MergeBenchmark.run(temp, 20, 15);
    assertThat(result.outcome().exitCode()).isZero();
    assertThat(result.outcome().results()).isEqualTo(300);
    assertThat(result.engineFindings()).isEqualTo(750);
    assertThat(result.outputBytes()).isPositive();
  }
}
