package dev.testleak.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testleak.sarif.OfficialSarifValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real Maven (the repository's ./mvnw) over src/it/multi-module: two modules, Error Prone,
 * SpotBugs and PMD configured as in testcases/pom.xml, then {@code mvn verify testleak:sarif} at the
 * root; checks the one SARIF file it writes (merged engines, fingerprints, retention paths, relative
 * URIs) and validates it with the official validator.
 *
 * <p>The freshly packaged plugin goes into a private local repository in a temporary directory,
 * chained in front of the user's ({@code -Dmaven.repo.local.tail}), so nothing is installed into
 * ~/.m2 by the test. The engine jars come from ~/.m2: in the reactor build they are installed before
 * this module runs. Without them the test is skipped locally and fails on CI (CI=true).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SarifGoalIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ENGINE_ARTIFACTS =
      List.of("testleak-errorprone-checks", "testleak-spotbugs-detectors", "testleak-pmd-rules", "testleak-sarif-export", "testleak-catalogue");

  Path temp;
  Path sample;
  Path buildLog;
  int exitCode;

  @BeforeAll
  void buildTheSample(@TempDir Path tempDir) throws Exception {
    temp = tempDir;
    String version = property("testleak.it.version");
    Path localRepository = Path.of(property("testleak.it.localRepository"));
    for (String artifact : ENGINE_ARTIFACTS) {
      Path dir = localRepository.resolve("dev/testleak/" + artifact + "/" + version);
      if (!Files.isDirectory(dir)) {
        String why = artifact + " " + version + " is not installed in " + localRepository + " (run the reactor build: ./testleak.sh test)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          fail(why);
        }
        Assumptions.abort(why);
      }
    }
    sample = temp.resolve("multi-module");
    copy(Path.of("src/it/multi-module"), sample);
    Path head = temp.resolve("repository");
    Path pluginDir = head.resolve("dev/testleak/testleak-maven-plugin/" + version);
    Files.createDirectories(pluginDir);
    Files.copy(Path.of(property("testleak.it.pluginJar")), pluginDir.resolve("testleak-maven-plugin-" + version + ".jar"));
    Files.copy(Path.of(property("testleak.it.pluginPom")), pluginDir.resolve("testleak-maven-plugin-" + version + ".pom"));

    buildLog = temp.resolve("build.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(property("testleak.it.mvnw")).toAbsolutePath().normalize().toString(),
                "--batch-mode",
                "--no-transfer-progress",
                "-Dstyle.color=never",
                "-Dmaven.repo.local=" + head,
                "-Dmaven.repo.local.tail=" + localRepository,
                "verify",
                "dev.testleak:testleak-maven-plugin:" + version + ":sarif")
            .directory(sample.toFile())
            .redirectErrorStream(true)
            .redirectOutput(buildLog.toFile());
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", property("testleak.it.javaHome"));
    env.remove("MAVEN_OPTS");
    env.remove("MAVEN_ARGS");
    Process process = builder.start();
    if (!process.waitFor(20, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("mvn verify testleak:sarif did not finish in 20 minutes; log: " + buildLog);
    }
    exitCode = process.exitValue();
  }

  @Test
  void theGoalWritesOneMergedFingerprintedSarifFileAtTheRoot() throws Exception {
    String log = Files.readString(buildLog, StandardCharsets.UTF_8);
    assertThat(exitCode).as("mvn exit code; log:%n%s", tail(log)).isZero();
    assertThat(log).contains("testleak:sarif: 2 result(s)");
    Path sarif = sample.resolve("target/testleak.sarif");
    JsonNode root = JSON.readTree(sarif.toFile());
    assertThat(root.get("runs")).hasSize(1);
    JsonNode run = root.at("/runs/0");
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("testleak");
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo(sample.toRealPath().toUri().toString());

    Map<String, JsonNode> byFile = new TreeMap<>();
    for (JsonNode result : run.get("results")) {
      byFile.put(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText(), result);
    }
    assertThat(byFile)
        .containsOnlyKeys(
            "alpha/src/test/java/com/example/alpha/CacheTest.java",
            "beta/src/test/java/com/example/beta/OrderServiceTest.java");
    for (Map.Entry<String, JsonNode> entry : byFile.entrySet()) {
      JsonNode result = entry.getValue();
      int expectedLine = markerLine(sample.resolve(entry.getKey()));
      assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).as(entry.getKey()).isEqualTo(expectedLine);
      assertThat(result.at("/properties/engines")).extracting(JsonNode::asText).containsExactly("errorprone", "spotbugs", "pmd");
      assertThat(result.at("/partialFingerprints/primaryLocationLineHash").asText()).matches("[0-9a-f]+:1");
      assertThat(result.get("relatedLocations")).hasSizeGreaterThanOrEqualTo(3);
    }
    // The teardown that exists but does not release the field is named.
    assertThat(byFile.get("beta/src/test/java/com/example/beta/OrderServiceTest.java").get("relatedLocations").toString())
        .contains("tearDown() runs after the tests but never clears 'CREATED'");

    List<String> problems = OfficialSarifValidator.locate().problems(sarif, temp, List.of("error", "warning"));
    assertThat(problems).as("validator findings").isEmpty();
  }

  private static int markerLine(Path source) throws IOException {
    List<String> lines = Files.readAllLines(source);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("// expect: StaticCollectionNeverCleared")) {
        return i + 1;
      }
    }
    throw new AssertionError("no marker in " + source);
  }

  private static String tail(String log) {
    String[] lines = log.split("\n");
    return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 80), lines.length));
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank() || value.contains("${")) {
      fail("system property " + name + " is not set (run the test through Maven: failsafe sets it)");
    }
    return value;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
