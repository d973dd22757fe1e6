package dev.testleak.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiles a real project's published test sources (by default commons-text's, prepared by
 * {@code benchmarks/run.sh}) with javac + Error Prone's default checks, and with testleak's checks added, as
 * NullAway's JMH benchmarks compile a real source jar. The difference is testleak's cost in an Error
 * Prone-enabled compile. Run it with {@code benchmarks/run.sh --jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g",
    "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
    "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
    "--add-exports=jdk.compiler/com.sun.tools.javac.main=ALL-UNNAMED",
    "--add-exports=jdk.compiler/com.sun.tools.javac.model=ALL-UNNAMED",
    "--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED",
    "--add-exports=jdk.compiler/com.sun.tools.javac.processing=ALL-UNNAMED",
    "--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED",
    "--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED",
    "--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED",
    "--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED"})
public class ErrorProneCompileBenchmark {

  /** {@code errorprone}: Error Prone's defaults; {@code errorprone+testleak}: testleak's checks added. */
  @Param({"errorprone", "errorprone+testleak"})
  public String config;

  private Compilation compilation;

  @Setup
  public void setUp() throws IOException {
    String project = System.getProperty("testleak.bench.project");
    if (project == null) {
      throw new IllegalStateException("set -Dtestleak.bench.project=<benchmarks/target/work/<project>>");
    }
    compilation = Compilation.of(Path.of(project), config.endsWith("+testleak"));
  }

  @Benchmark
  public int compile() throws IOException {
    return compilation.compile();
  }
}
