package dev.testleak.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.catalogue.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cross-engine conformance suite: every engine, over the whole corpus, must report exactly the
 * findings the markers expect — nothing missed, nothing unexpected. Prints the rule × engine matrix.
 */
class ConformanceTest {
  private static CorpusRun run;
  private static CorpusExpectations expectations;

  @BeforeAll
  static void readCorpus() {
    run = CorpusRun.locate();
    expectations = CorpusExpectations.read(run.repoRoot, run.sources());
  }

  @Test
  void everyEngineReportsExactlyTheExpectedFindings() throws Exception {
    ConformanceReport report = new ConformanceReport();
    for (Engine engine : Engine.values()) {
      report.add(engine, expectations.forEngine(engine), run.keys(engine));
    }
    String matrix = report.render();
    System.out.println("testleak conformance matrix (corpus: " + run.sources() + ")\n" + matrix);
    Path out = run.testcases.resolve("target/conformance-matrix.txt");
    Files.writeString(out, matrix, StandardCharsets.UTF_8);
    assertThat(report.conformant()).as("conformance:\n%s", matrix).isTrue();
  }

  @Test
  void theCorpusExercisesEveryRuleInEveryEngineThatImplementsIt() {
    for (Rule rule : Catalogue.rules()) {
      for (Engine engine : rule.engines()) {
        assertThat(expectations.forEngine(engine).keySet())
            .as("%s has a leaky case for %s in testcases/", rule.id(), engine.id())
            .anyMatch(key -> key.ruleId().equals(rule.id()));
      }
    }
  }

  @Test
  void theCorpusHasCleanFilesBesideLeakyOnes() throws IOException {
    try (Stream<Path> files = Files.walk(run.sources())) {
      List<Path> javaFiles = files.filter(f -> f.toString().endsWith(".java")).toList();
      long clean = javaFiles.stream().filter(ConformanceTest::hasNoMarker).count();
      assertThat(clean).as("files without any expected finding").isGreaterThanOrEqualTo(javaFiles.size() / 3);
    }
  }

  private static boolean hasNoMarker(Path file) {
    try {
      return !Files.readString(file, StandardCharsets.UTF_8).contains("// expect:");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
