package dev.testleak.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.sarif.OfficialSarifValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job's SARIF: the runnable export jar, run as the README's command runs it over the three
 * engines' reports of the whole corpus, writes a file the official validator accepts with no error
 * and no warning, with every engine's findings in it.
 */
class CorpusSarifTest {
  @TempDir Path temp;

  @Test
  void theCorpusSarifIsValidAndCarriesEveryEnginesFindings() throws Exception {
    CorpusRun run = CorpusRun.locate();
    Path jar = run.repoRoot.resolve("sarif-export/target/testleak-sarif-export.jar");
    assertThat(jar).as("the runnable export jar, built before this module").isRegularFile();
    Path sarif = temp.resolve("testleak.sarif");

    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar.toString(),
        "--repo-root", run.repoRoot.toString(), "--output", sarif.toString(), "--summary"));
    for (Path report : run.errorProneReports()) {
      command.addAll(List.of("--errorprone", report.toString()));
    }
    command.addAll(List.of("--spotbugs", run.spotbugsReport().toString(), "--pmd", run.pmdReport().toString()));
    Path console = temp.resolve("export.txt");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("export finished").isTrue();
    String output = Files.readString(console, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("export exit code; output:\n%s", output).isZero();
    assertThat(output).as("the readable summary").contains("StaticCollectionNeverCleared");

    JsonNode log = new ObjectMapper().readTree(sarif.toFile());
    Set<String> ruleIds = new HashSet<>();
    int results = 0;
    for (JsonNode sarifRun : log.path("runs")) {
      for (JsonNode result : sarifRun.path("results")) {
        ruleIds.add(result.path("ruleId").asText());
        results++;
      }
    }
    assertThat(results).as("results in the corpus SARIF").isPositive();
    assertThat(ruleIds).allMatch(id -> Catalogue.find(id).isPresent());
    int expectedAtLeast = 0;
    for (Engine engine : Engine.values()) {
      expectedAtLeast = Math.max(expectedAtLeast, run.findings(engine).size());
    }
    assertThat(results).as("at least as many results as the engine with the most findings").isGreaterThanOrEqualTo(expectedAtLeast);

    List<String> problems = OfficialSarifValidator.locate().problems(sarif, temp, List.of("error", "warning"));
    assertThat(problems).as("validator errors and warnings on the corpus SARIF").isEmpty();
  }

  private static String javaExecutable() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
