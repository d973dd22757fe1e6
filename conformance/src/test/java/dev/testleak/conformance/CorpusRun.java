package dev.testleak.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testleak.catalogue.Engine;
import dev.testleak.sarif.report.ErrorProneReport;
import dev.testleak.sarif.report.Finding;
import dev.testleak.sarif.report.PmdReport;
import dev.testleak.sarif.report.ReportException;
import dev.testleak.sarif.report.SpotBugsReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the testcases module's build left each engine's findings: it compiles the corpus with Error
 * Prone (plus the TestleakReport plugin) and runs spotbugs:check and pmd:check with exactly the
 * configuration of the README, before this module's tests run.
 */
final class CorpusRun {
  final Path repoRoot;
  final Path testcases;

  private CorpusRun(Path repoRoot, Path testcases) {
    this.repoRoot = repoRoot;
    this.testcases = testcases;
  }

  static CorpusRun locate() {
    String root = System.getProperty("testleak.repoRoot");
    String cases = System.getProperty("testleak.testcases");
    assertThat(root).as("system property testleak.repoRoot (set by the pom)").isNotNull();
    assertThat(cases).as("system property testleak.testcases (set by the pom)").isNotNull();
    return new CorpusRun(Path.of(root).toAbsolutePath().normalize(), Path.of(cases).toAbsolutePath().normalize());
  }

  Path sources() {
    return testcases.resolve("src");
  }

  List<Path> errorProneReports() throws IOException {
    Path dir = testcases.resolve("target/testleak");
    assertThat(dir).as("Error Prone diagnostics of the corpus build").isDirectory();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> reports = files.filter(f -> f.getFileName().toString().matches("errorprone-.*\\.jsonl")).sorted().toList();
      assertThat(reports).as("errorprone-*.jsonl in " + dir).isNotEmpty();
      return reports;
    }
  }

  Path spotbugsReport() {
    Path report = testcases.resolve("target/spotbugsXml.xml");
    assertThat(report).as("SpotBugs report of the corpus build").isRegularFile();
    return report;
  }

  Path pmdReport() {
    Path report = testcases.resolve("target/pmd.xml");
    assertThat(report).as("PMD report of the corpus build").isRegularFile();
    return report;
  }

  List<Finding> findings(Engine engine) throws IOException, ReportException {
    return switch (engine) {
      case ERROR_PRONE -> {
        List<Finding> all = new ArrayList<>();
        for (Path report : errorProneReports()) {
          all.addAll(ErrorProneReport.read(report, repoRoot));
        }
        yield all;
      }
      case SPOTBUGS -> SpotBugsReport.read(spotbugsReport(), repoRoot);
      case PMD -> PmdReport.read(pmdReport(), repoRoot);
    };
  }

  List<FindingKey> keys(Engine engine) throws IOException, ReportException {
    return findings(engine).stream().map(f -> new FindingKey(f.ruleId(), f.path(), f.line())).toList();
  }
}
