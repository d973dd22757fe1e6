package dev.testleak.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import dev.testleak.sarif.report.TestRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF the tool writes for the fixture reports: structure, rules, results, regions, fingerprints. */
class SarifExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CACHE_TEST = "app/src/test/java/com/example/CacheTest.java";
  private static final String ORDER_TEST = "app/src/test/java/com/example/OrderServiceTest.java";

  @TempDir Path temp;
  TestRepo repo;

  @BeforeEach
  void setUp() {
    repo = TestRepo.create(temp);
  }

  private Path exportAll(String name) {
    Path out = temp.resolve(name);
    Cli cli =
        Cli.run(
            "--repo-root", repo.root.toString(),
            "--errorprone", repo.errorProne().toString(),
            "--spotbugs", repo.spotBugs().toString(),
            "--pmd", repo.pmd().toString(),
            "--output", out.toString());
    assertThat(cli.err()).isEmpty();
    assertThat(cli.code()).isZero();
    return out;
  }

  private static JsonNode read(Path sarif) throws Exception {
    return JSON.readTree(sarif.toFile());
  }

  @Test
  void mergesTheEnginesIntoOneRunAndListsTheEnginesOfEachResult() throws Exception {
    JsonNode log = read(exportAll("all.sarif"));

    assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    JsonNode run = log.at("/runs/0");
    JsonNode driver = run.at("/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("testleak");
    assertThat(run.at("/automationDetails/id").asText()).isEqualTo("testleak/");
    assertThat(driver.get("informationUri").asText()).isEqualTo("https://github.com/testleak/testleak");
    assertThat(driver.get("version").asText()).isEqualTo(driver.get("semanticVersion").asText()).isNotBlank();
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
        .isEqualTo(repo.root.toUri().toString())
        .startsWith("file:/")
        .endsWith("/");
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    // CacheTest:12 (Error Prone), CacheTest:13 (SpotBugs' fixture), OrderServiceTest:14 (all three, once).
    List<String> found = new ArrayList<>();
    for (JsonNode result : run.get("results")) {
      found.add(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText().replaceAll(".*/", "") + ":"
          + result.at("/locations/0/physicalLocation/region/startLine").asInt() + " " + result.at("/properties/engines"));
    }
    assertThat(found)
        .containsExactly(
            "CacheTest.java:12 [\"errorprone\"]",
            "CacheTest.java:13 [\"spotbugs\"]",
            "OrderServiceTest.java:14 [\"errorprone\",\"spotbugs\",\"pmd\"]");
  }

  @Test
  void aRunWithoutResultsIsStillWrittenSoFixedAlertsClose() throws Exception {
    Path empty = repo.write("app/target/empty.jsonl", "");
    Path out = temp.resolve("empty.sarif");
    Cli cli = Cli.run("--repo-root", repo.root.toString(), "--errorprone", empty.toString(), "--output", out.toString());
    assertThat(cli.code()).isZero();
    JsonNode runs = read(out).get("runs");
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).get("results")).isEmpty();
  }

  @Test
  void describesEachRuleFromTheCatalogue() throws Exception {
    JsonNode run = read(exportAll("rules.sarif")).get("runs").get(0);
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(rules).hasSize(Catalogue.rules().size());
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = Catalogue.rules().get(i);
      JsonNode descriptor = rules.get(i);
      assertThat(descriptor.get("id").asText()).isEqualTo(rule.id());
      assertThat(descriptor.has("name")).as("name equal to id is left out (SARIF1001)").isFalse();
      assertThat(descriptor.at("/shortDescription/text").asText()).isEqualTo(rule.summary());
      assertThat(descriptor.at("/fullDescription/text").asText()).isNotBlank().hasSizeLessThanOrEqualTo(1024);
      assertThat(descriptor.at("/help/text").asText()).contains("Fix: " + rule.fix()).contains(rule.helpUri());
      assertThat(descriptor.at("/help/markdown").asText())
          .contains("**Fix:** " + rule.fix())
          .contains("(" + rule.helpUri() + ")");
      assertThat(descriptor.get("helpUri").asText()).isEqualTo(rule.helpUri());
      assertThat(descriptor.at("/defaultConfiguration/level").asText()).isEqualTo(rule.severity().sarifLevel());
      assertThat(descriptor.at("/properties/tags"))
          .extracting(JsonNode::asText)
          .containsExactly("testleak", rule.family().id(), "maintainability");
      assertThat(descriptor.at("/properties/precision").asText()).isEqualTo("high");
      assertThat(descriptor.at("/properties/problem.severity").asText()).isEqualTo("warning");
    }
  }

  @Test
  void fullDescriptionsAreCutAtASentenceToFitGitHubsLimit() {
    String text = "A sentence that is long enough. ".repeat(60);
    String cut = RuleDescriptors.truncate(text, 1024);
    assertThat(cut).hasSizeLessThanOrEqualTo(1024).endsWith("enough.");
    assertThat(RuleDescriptors.truncate("x".repeat(2000), 1024)).hasSize(1024).endsWith("\u2026");
  }

  @Test
  void theLevelWarningIsWrittenExplicitly() throws Exception {
    Path out = exportAll("level.sarif");
    String text = Files.readString(out, StandardCharsets.UTF_8);
    JsonNode log = read(out);
    int results = 0;
    for (JsonNode run : log.get("runs")) {
      for (JsonNode result : run.get("results")) {
        assertThat(result.has("level")).isTrue();
        assertThat(result.get("level").asText()).isEqualTo("warning");
        results++;
      }
    }
    assertThat(results).isEqualTo(3);
    // In the bytes, not only in a parser's defaults: each result and the rule's default configuration.
    assertThat(text.split("\"level\":\"warning\"", -1)).hasSize(results + Catalogue.rules().size() + 1);
  }

  @Test
  void resultsPointIntoTheRepositoryWithRuleIndexAndMessage() throws Exception {
    JsonNode result = read(exportAll("results.sarif")).get("runs").get(0).get("results").get(2);
    assertThat(result.get("ruleId").asText()).isEqualTo("StaticCollectionNeverCleared");
    assertThat(result.get("ruleIndex").asInt()).isZero();
    assertThat(result.at("/message/text").asText()).startsWith("static list 'CREATED' is grown by tests");
    JsonNode location = result.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo(ORDER_TEST);
    assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(JSON.writeValueAsString(location.get("region")))
        .isEqualTo("{\"startLine\":14,\"startColumn\":5,\"endLine\":14,\"endColumn\":24}");
  }

  @Test
  void duplicateResultsWithinARunAreWrittenOnce() throws Exception {
    // The SpotBugs fixture reports OrderServiceTest:14 twice; giving the report twice adds nothing.
    Path out = temp.resolve("dups.sarif");
    Cli cli =
        Cli.run("--repo-root", repo.root.toString(), "--spotbugs", repo.spotBugs().toString(), "--spotbugs",
            repo.spotBugs().toString(), "--output", out.toString());
    assertThat(cli.code()).isZero();
    JsonNode results = read(out).get("runs").get(0).get("results");
    assertThat(results).extracting(r -> r.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .containsExactly(CACHE_TEST, ORDER_TEST);
  }

  @Test
  void lineOnlyFindingsGetTheColumnsOfTheStatementOnThatLine() throws Exception {
    Path out = temp.resolve("regions.sarif");
    assertThat(Cli.run("--repo-root", repo.root.toString(), "--spotbugs", repo.spotBugs().toString(), "--output", out.toString()).code())
        .isZero();
    JsonNode results = read(out).get("runs").get(0).get("results");
    // CacheTest:13 is "    CACHE" continued by "        .put(\"b\", 2);" on line 14.
    assertThat(JSON.writeValueAsString(results.at("/0/locations/0/physicalLocation/region")))
        .isEqualTo("{\"startLine\":13,\"startColumn\":5,\"endLine\":14,\"endColumn\":22}");
    // OrderServiceTest:14 is "    CREATED.add(\"book\");".
    assertThat(JSON.writeValueAsString(results.at("/1/locations/0/physicalLocation/region")))
        .isEqualTo("{\"startLine\":14,\"startColumn\":5,\"endLine\":14,\"endColumn\":25}");
  }

  @Test
  void aLineOnlyFindingWithoutSourceKeepsItsLineAndOneInUnparsableCodeGetsTheLinesText() throws Exception {
    repo.write("app/src/test/java/com/example/Broken.java", "class Broken {\n  void f() {\n    \tLIST.add(1)  \n");
    Path jsonl =
        repo.write(
            "app/target/line-only.jsonl",
            repo.withRoot(
                "{\"ruleId\":\"StaticCollectionNeverCleared\",\"file\":\"@ROOT@/app/src/test/java/com/example/Gone.java\",\"line\":7,\"message\":\"m\"}\n"
                    + "{\"ruleId\":\"StaticCollectionNeverCleared\",\"file\":\"@ROOT@/app/src/test/java/com/example/Broken.java\",\"line\":3,\"message\":\"m\"}\n"));
    Path out = temp.resolve("line-only.sarif");
    assertThat(Cli.run("--repo-root", repo.root.toString(), "--errorprone", jsonl.toString(), "--output", out.toString()).code())
        .isZero();
    JsonNode results = read(out).get("runs").get(0).get("results");
    assertThat(JSON.writeValueAsString(results.at("/0/locations/0/physicalLocation/region")))
        .isEqualTo("{\"startLine\":3,\"startColumn\":6,\"endLine\":3,\"endColumn\":17}");
    assertThat(results.at("/1/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("Gone.java");
    assertThat(JSON.writeValueAsString(results.at("/1/locations/0/physicalLocation/region")))
        .isEqualTo("{\"startLine\":7}");
  }

  @Test
  void aFindingWithoutALineIsAnchoredAtTheFilesFirstLine() {
    var finding =
        new dev.testleak.sarif.report.Finding(
            dev.testleak.catalogue.Engine.SPOTBUGS, "StaticCollectionNeverCleared", "app/x/Y.java", 0, 0, 0, 0, "m");
    assertThat(new SourceFiles(repo.root).region(finding)).isEqualTo(new dev.testleak.sarif.model.Sarif.Region(1, null, null, null));
  }

  @Test
  void identicalInputGivesIdenticalBytesWhateverTheOptionOrder() throws Exception {
    byte[] first = Files.readAllBytes(exportAll("a.sarif"));
    byte[] second = Files.readAllBytes(exportAll("b.sarif"));
    Path reordered = temp.resolve("c.sarif");
    Cli.run(
        "--output", reordered.toString(),
        "--pmd", repo.pmd().toString(),
        "--spotbugs", repo.spotBugs().toString(),
        "--errorprone", repo.errorProne().toString(),
        "--repo-root", repo.root.toString());
    assertThat(second).isEqualTo(first);
    assertThat(Files.readAllBytes(reordered)).isEqualTo(first);
    String text = new String(first, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").endsWith("}\n").doesNotContain("timestamp").doesNotContain(" : ");
  }

  @Test
  void fingerprintsSurviveLinesMovingButNotADifferentLine() throws Exception {
    JsonNode before = read(exportAll("before.sarif"));

    // Three lines inserted above everything: every finding moves down by three.
    Path source = repo.root.resolve(ORDER_TEST);
    Files.writeString(source, "// one\n// two\n// three\n" + Files.readString(source));
    for (Path report : List.of(repo.errorProne(), repo.spotBugs(), repo.pmd())) {
      String text = Files.readString(report);
      text = text.replace("\"line\":14", "\"line\":17").replace("\"endLine\":14", "\"endLine\":17")
          .replace("start=\"14\" end=\"14\"", "start=\"17\" end=\"17\"")
          .replace("beginline=\"14\" endline=\"14\"", "beginline=\"17\" endline=\"17\"");
      Files.writeString(report, text);
    }
    JsonNode after = read(exportAll("after.sarif"));

    assertThat(after.at("/runs/0/results")).hasSize(3);
    for (int i = 0; i < 3; i++) {
      JsonNode was = before.at("/runs/0/results/" + i);
      JsonNode is = after.at("/runs/0/results/" + i);
      assertThat(is.at("/partialFingerprints/testleakFingerprint~1v1").asText())
          .matches("[0-9a-f]{32}:1")
          .isEqualTo(was.at("/partialFingerprints/testleakFingerprint~1v1").asText());
      assertThat(is.at("/partialFingerprints/primaryLocationLineHash").asText())
          .matches("[0-9a-f]{1,16}:1")
          .isEqualTo(was.at("/partialFingerprints/primaryLocationLineHash").asText());
    }
    JsonNode order = after.at("/runs/0/results/2");
    assertThat(order.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(17);
    // CacheTest and OrderServiceTest: different lines, different fingerprints.
    assertThat(after.at("/runs/0/results/0/partialFingerprints/testleakFingerprint~1v1").asText())
        .isNotEqualTo(after.at("/runs/0/results/2/partialFingerprints/testleakFingerprint~1v1").asText());
    assertThat(after.at("/runs/0/results/0/partialFingerprints/primaryLocationLineHash").asText())
        .isNotEqualTo(after.at("/runs/0/results/2/partialFingerprints/primaryLocationLineHash").asText());
  }

  @Test
  void equalFlaggedLinesInAFileAreNumberedLikeGitHubsLineHash() throws Exception {
    repo.write("app/src/test/java/com/example/Twice.java", "class Twice {\n  void f() {\n    SEEN.add(1);\n    SEEN.add(1);\n  }\n}\n");
    String line = "{\"ruleId\":\"StaticCollectionNeverCleared\",\"file\":\"@ROOT@/app/src/test/java/com/example/Twice.java\",\"line\":%d,\"message\":\"m\"}\n";
    Path jsonl = repo.write("app/target/twice.jsonl", repo.withRoot(String.format(line, 4) + String.format(line, 3)));
    Path out = temp.resolve("twice.sarif");
    assertThat(Cli.run("--repo-root", repo.root.toString(), "--errorprone", jsonl.toString(), "--output", out.toString()).code())
        .isZero();
    JsonNode results = read(out).at("/runs/0/results");
    String first = results.at("/0/partialFingerprints/testleakFingerprint~1v1").asText();
    String second = results.at("/1/partialFingerprints/testleakFingerprint~1v1").asText();
    assertThat(first).endsWith(":1");
    assertThat(second).isEqualTo(first.replace(":1", ":2"));
  }

  @Test
  void pathsBecomeEncodedRelativeUris() {
    assertThat(SarifLogBuilder.uri("src/test/java/a b/Ü.java")).isEqualTo("src/test/java/a%20b/%C3%9C.java");
    assertThat(SarifLogBuilder.uri("c:weird/File.java")).isEqualTo("./c:weird/File.java");
    assertThat(SarifLogBuilder.rootUri(Path.of("/no/such/dir"))).isEqualTo("file:///no/such/dir/");
  }
}
