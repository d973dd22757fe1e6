package dev.testleak.sarif;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the official SARIF validator (Microsoft's Sarif.Multitool from npm {@code
 * @microsoft/sarif-multitool}) with the SARIF rules and GitHub's ingestion rules ("Gh", "Ghas"). The
 * native binary is named by the environment variable TESTLEAK_SARIF_MULTITOOL; without it a test
 * using this class is skipped locally and fails on CI. Shared with the conformance module through
 * this module's test jar.
 */
public final class OfficialSarifValidator {
  public static final String ENV = "TESTLEAK_SARIF_MULTITOOL";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path multitool;

  private OfficialSarifValidator(Path multitool) {
    this.multitool = multitool;
  }

  /** The configured validator; fails on CI (CI=true) and aborts the test elsewhere when it is absent. */
  public static OfficialSarifValidator locate() {
    String value = System.getenv(ENV);
    // Maven passes "${env.X}" through unresolved when X is unset.
    if (value == null || value.isBlank() || value.startsWith("${")) {
      String why =
          ENV + " is not set: it must name the Sarif.Multitool binary of @microsoft/sarif-multitool"
              + " (testleak.sh test installs it into tools/sarif-multitool and sets it)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + "; on CI the SARIF validator must run");
      }
      Assumptions.abort(why);
    }
    Path path = Path.of(value);
    if (!Files.isExecutable(path)) {
      fail(ENV + "=" + value + " is not an executable file");
    }
    return new OfficialSarifValidator(path);
  }

  /**
   * The validator's results of the given levels ("error", "warning", "note") for {@code sarif}, as
   * "RULE: message"; {@code workDir} receives the validator's own output files.
   */
  public List<String> problems(Path sarif, Path workDir, List<String> levels) throws IOException, InterruptedException {
    Path result = workDir.resolve(sarif.getFileName() + ".validation.sarif");
    Path console = workDir.resolve(sarif.getFileName() + ".validation.txt");
    Path config = workDir.resolve("sarif-multitool-config.xml");
    try (InputStream in = OfficialSarifValidator.class.getResourceAsStream("/sarif-multitool-config.xml")) {
      Files.write(config, in.readAllBytes());
    }
    Process process =
        new ProcessBuilder(
                multitool.toString(), "validate", sarif.toString(),
                "--output", result.toString(), "--log", "ForceOverwrite",
                "--rule-kind", "Sarif;Gh;Ghas", "--level", "Error;Warning;Note",
                "--config", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(console.toFile())
            .start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("the SARIF validator did not finish in 180 s");
    }
    String output = Files.readString(console, StandardCharsets.UTF_8);
    // The validator exits 0 even when it finds problems: read its output log.
    if (process.exitValue() != 0 || !Files.isRegularFile(result)) {
      fail("the SARIF validator failed (exit " + process.exitValue() + "):\n" + output);
    }
    JsonNode log = JSON.readTree(result.toFile());
    List<String> found = new ArrayList<>();
    for (JsonNode run : log.path("runs")) {
      for (JsonNode invocation : run.path("invocations")) {
        if (!invocation.path("executionSuccessful").asBoolean(true)) {
          fail("the SARIF validator did not run successfully:\n" + output);
        }
        for (JsonNode notification : invocation.path("toolExecutionNotifications")) {
          if ("error".equals(notification.path("level").asText())) {
            fail("the SARIF validator reported an execution error:\n" + output);
          }
        }
      }
      for (JsonNode problem : run.path("results")) {
        String level = problem.path("level").asText("warning"); // SARIF's default level
        if (levels.contains(level)) {
          found.add(problem.path("ruleId").asText() + ": " + problem.path("message"));
        }
      }
    }
    return found;
  }
}
