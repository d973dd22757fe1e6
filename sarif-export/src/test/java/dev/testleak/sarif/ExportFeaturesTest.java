package dev.testleak.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testleak.sarif.report.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the issue asks of the export beyond the basics: engine failures, suppressions, the baseline,
 * retention paths, rule help, GitHub's limits and hostile input, through the command line.
 */
class ExportFeaturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String CACHE = "app/src/test/java/com/example/CacheTest.java";
  static final String ORDER = "app/src/test/java/com/example/OrderServiceTest.java";

  @TempDir Path temp;
  TestRepo repo;

  @BeforeEach
  void setUp() {
    repo = TestRepo.create(temp);
  }

  private Cli export(Path out, String... args) {
    List<String> all = new ArrayList<>(List.of("--repo-root", repo.root.toString(), "--output", out.toString()));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  private Cli exportAll(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("--errorprone", repo.errorProne().toString(), "--spotbugs", repo.spotBugs().toString(), "--pmd", repo.pmd().toString()));
    args.addAll(List.of(extra));
    return export(out, args.toArray(String[]::new));
  }

  private static JsonNode read(Path sarif) throws Exception {
    return JSON.readTree(sarif.toFile());
  }

  // --- engine failures ---------------------------------------------------------------------------

  @Test
  void engineErrorsBecomeToolExecutionNotificationsAndExitThree() throws Exception {
    String pmd = Files.readString(repo.pmd()).replace("</pmd>", repo.withRoot(
        "<error filename=\"@ROOT@/app/src/test/java/com/example/Broken.java\" msg=\"ParseException: Encountered &lt;EOF&gt;.\">"
            + "<![CDATA[net.sourceforge.pmd.lang.ast.ParseException]]></error>\n</pmd>"));
    Files.writeString(repo.pmd(), pmd);
    Path out = temp.resolve("failed.sarif");
    Cli cli = exportAll(out);
    assertThat(cli.code()).isEqualTo(3);
    assertThat(cli.err().strip().lines())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("testleak-sarif-export: engine error: " + repo.pmd() + ": PMD could not analyse ")
        .contains("Broken.java: ParseException");
    JsonNode invocation = read(out).at("/runs/0/invocations/0");
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.at("/toolExecutionNotifications/0/level").asText()).isEqualTo("error");
    assertThat(invocation.at("/toolExecutionNotifications/0/properties/engine").asText()).isEqualTo("pmd");
    assertThat(read(out).at("/runs/0/results")).hasSize(3);
  }

  @Test
  void spotBugsAnalysisErrorsAndMissingClassesAreNotified() throws Exception {
    Files.writeString(repo.spotBugs(), Files.readString(repo.spotBugs()).replace(
        "<Errors errors=\"0\" missingClasses=\"0\"></Errors>",
        "<Errors errors=\"1\" missingClasses=\"1\"><AnalysisError><ErrorMessage>Exception analyzing CacheTest</ErrorMessage>"
            + "</AnalysisError><MissingClass>org.example.Gone</MissingClass></Errors>"));
    Path out = temp.resolve("sb.sarif");
    assertThat(export(out, "--spotbugs", repo.spotBugs().toString()).code()).isEqualTo(3);
    JsonNode notifications = read(out).at("/runs/0/invocations/0/toolExecutionNotifications");
    assertThat(notifications).extracting(n -> n.get("level").asText() + " " + n.at("/message/text").asText())
        .containsExactly(
            "error SpotBugs analysis error: Exception analyzing CacheTest",
            "warning SpotBugs could not find 1 class(es) on the auxiliary classpath, so some findings may be missing: org.example.Gone");
  }

  // --- suppressions ------------------------------------------------------------------------------

  @Test
  void suppressedFindingsAreLeftOutUnlessKeptAsSarifSuppressions() throws Exception {
    String message = "static map 'OTHER' is grown by tests and never cleared, so everything added to it stays reachable for the"
        + " rest of the test JVM (the whole Surefire fork); clear it in a teardown hook (@AfterEach/@AfterAll, @After/@AfterClass,"
        + " @AfterMethod/@AfterClass) or make it an instance field";
    Files.writeString(repo.pmd(), Files.readString(repo.pmd()).replace("</pmd>", repo.withRoot(
        "<suppressedviolation filename=\"@ROOT@/" + CACHE + "\" suppressiontype=\"nopmd\" msg=\"" + message
            + "\" usermsg=\"cleared by the JVM fork per class\"/>\n"
            + "<suppressedviolation filename=\"@ROOT@/" + CACHE + "\" suppressiontype=\"annotation\" msg=\"Some other rule\" usermsg=\"\"/>\n</pmd>")));
    Files.writeString(repo.spotBugs(), Files.readString(repo.spotBugs()).replace(
        "<ShortMessage>Static collection in test code grows during tests and is never cleared</ShortMessage>\n    <LongMessage>static map 'CACHE'",
        "<UserAnnotation designation=\"NOT_A_BUG\">reviewed</UserAnnotation>\n"
            + "    <ShortMessage>Static collection in test code grows during tests and is never cleared</ShortMessage>\n    <LongMessage>static map 'CACHE'"));

    Path plain = temp.resolve("plain.sarif");
    assertThat(exportAll(plain).code()).isZero();
    JsonNode results = read(plain).at("/runs/0/results");
    assertThat(results).hasSize(2).allMatch(r -> !r.has("suppressions"));

    Path kept = temp.resolve("kept.sarif");
    assertThat(exportAll(kept, "--keep-suppressed").code()).isZero();
    List<String> suppressions = new ArrayList<>();
    for (JsonNode r : read(kept).at("/runs/0/results")) {
      if (r.has("suppressions")) {
        suppressions.add(r.at("/properties/engines/0").asText() + " " + r.at("/suppressions/0/kind").asText() + " "
            + r.at("/suppressions/0/justification").asText() + " line " + r.at("/locations/0/physicalLocation/region/startLine").asInt());
      }
    }
    assertThat(suppressions)
        .containsExactlyInAnyOrder("pmd inSource cleared by the JVM fork per class line 1", "spotbugs external reviewed line 13");
  }

  // --- baseline ----------------------------------------------------------------------------------

  @Test
  void theBaselineMarksNewUnchangedUpdatedAndAbsentAndCanFailOnNewOnly() throws Exception {
    Path previous = temp.resolve("previous.sarif");
    assertThat(export(previous, "--errorprone", repo.errorProne().toString()).code()).isZero();

    // Lines added above everything (fingerprints must survive), the CACHE finding gone, a new one.
    Path order = repo.root.resolve(ORDER);
    Files.writeString(order, "// added\n// lines\n" + Files.readString(order).replace("    assertEquals", "    SEEN.add(2);\n    assertEquals"));
    String created = Files.readAllLines(repo.errorProne()).get(1).replace("\"line\":14", "\"line\":16").replace("\"endLine\":14", "\"endLine\":16");
    String seen = created.replace("\"line\":16", "\"line\":17").replace("\"endLine\":16", "\"endLine\":17").replace("'CREATED'", "'SEEN'")
        .replace("\"endColumn\":24", "\"endColumn\":17");
    Path now = repo.write("app/target/now.jsonl", created + "\n" + seen + "\n");

    Path out = temp.resolve("now.sarif");
    Cli cli = export(out, "--errorprone", now.toString(), "--baseline", previous.toString(), "--include-absent", "--fail-on-new");
    assertThat(cli.code()).isEqualTo(4);
    assertThat(cli.err()).isEqualTo("testleak-sarif-export: 1 new finding not in the baseline\n");
    List<String> states = new ArrayList<>();
    for (JsonNode r : read(out).at("/runs/0/results")) {
      states.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText().replaceAll(".*/", "") + ":"
          + r.at("/locations/0/physicalLocation/region/startLine").asInt() + " " + r.get("baselineState").asText());
    }
    assertThat(states).containsExactly("OrderServiceTest.java:16 unchanged", "OrderServiceTest.java:17 new", "CacheTest.java:12 absent");

    // Without --include-absent the absent result is left out; without --fail-on-new the exit is 0.
    Path quiet = temp.resolve("quiet.sarif");
    assertThat(export(quiet, "--errorprone", now.toString(), "--baseline", previous.toString()).code()).isZero();
    assertThat(read(quiet).at("/runs/0/results")).hasSize(2);

    // A changed message is an update.
    Path changed = repo.write("app/target/changed.jsonl", created.replace("stays reachable", "remains reachable") + "\n");
    Path updated = temp.resolve("updated.sarif");
    assertThat(export(updated, "--errorprone", changed.toString(), "--baseline", previous.toString(), "--fail-on-new").code()).isZero();
    assertThat(read(updated).at("/runs/0/results/0/baselineState").asText()).isEqualTo("updated");
  }

  @Test
  void aBaselineIsReadWhateverTheOrderOfItsMembers() throws Exception {
    Path previous = temp.resolve("previous.sarif");
    assertThat(export(previous, "--errorprone", repo.errorProne().toString()).code()).isZero();
    // The same log with "version" last and members the reader must skip, nested ones included:
    // read as a stream, the version is known only at the end.
    ObjectNode log = (ObjectNode) read(previous);
    JsonNode version = log.remove("version");
    ((ObjectNode) log.at("/runs/0")).putObject("extra").putArray("results").add(1);
    log.putArray("unknown").addObject().put("results", "no");
    log.set("version", version);
    Path reordered = repo.write("reordered.sarif", log.toString());

    Path out = temp.resolve("again.sarif");
    assertThat(export(out, "--errorprone", repo.errorProne().toString(), "--baseline", reordered.toString(), "--fail-on-new").code())
        .isZero();
    List<String> states = new ArrayList<>();
    read(out).at("/runs/0/results").forEach(r -> states.add(r.get("baselineState").asText()));
    assertThat(states).isNotEmpty().containsOnly("unchanged");

    Path noVersion = repo.write("noversion.sarif", log.without("version").toString());
    assertThat(export(out, "--errorprone", repo.errorProne().toString(), "--baseline", noVersion.toString()).err())
        .startsWith("testleak-sarif-export: " + noVersion + ": not a SARIF 2.1.0 log");
  }

  @Test
  void aBrokenBaselineIsAnInputError() {
    Path out = temp.resolve("x.sarif");
    Path broken = repo.write("previous.sarif", "{\"version\":\"2.1.0\",\"runs\":[");
    Cli cli = export(out, "--errorprone", repo.errorProne().toString(), "--baseline", broken.toString());
    assertThat(cli.code()).isEqualTo(1);
    assertThat(cli.err()).startsWith("testleak-sarif-export: " + broken + ": malformed JSON: ").doesNotContain("\n\t");
    Path other = repo.write("other.sarif", "{\"hello\":1}");
    assertThat(export(out, "--errorprone", repo.errorProne().toString(), "--baseline", other.toString()).err())
        .startsWith("testleak-sarif-export: " + other + ": not a SARIF 2.1.0 log");
    assertThat(out).doesNotExist();
    assertThat(Cli.run("--repo-root", repo.root.toString(), "--output", out.toString(), "--pmd", repo.pmd().toString(), "--include-absent").err())
        .contains("--include-absent needs --baseline");
  }

  // --- retention paths ---------------------------------------------------------------------------

  @Test
  void eachResultShowsWhereTheStateGrowsIsHeldAndIsNotReleased() throws Exception {
    Path out = temp.resolve("paths.sarif");
    assertThat(export(out, "--errorprone", repo.errorProne().toString()).code()).isZero();
    JsonNode related = read(out).at("/runs/0/results/0/relatedLocations");
    List<String> steps = new ArrayList<>();
    for (JsonNode location : related) {
      JsonNode region = location.at("/physicalLocation/region");
      steps.add(location.get("id").asInt() + " " + region.get("startLine").asInt() + ":" + region.get("startColumn").asInt() + "-"
          + region.get("endColumn").asInt() + " " + location.at("/message/text").asText());
    }
    assertThat(steps)
        .containsExactly(
            "1 12:5-22 grows here: tests add to static map 'CACHE', and nothing takes it out again",
            "2 8:37-42 held here: static map 'CACHE' lives as long as its class is loaded, i.e. the whole test JVM",
            "3 7:7-16 teardown missing: no teardown (@AfterEach/@AfterAll, @After/@AfterClass, @AfterMethod/@AfterClass) hook of"
                + " CacheTest clears 'CACHE'");
  }

  @Test
  void aFieldOfAnotherClassIsFoundInItsFileBeside() throws Exception {
    repo.write("app/src/test/java/com/example/Fixtures.java", "package com.example;\n\nclass Fixtures {\n  static final java.util.List<String> SEEN = new java.util.ArrayList<>();\n}\n");
    repo.write("app/src/test/java/com/example/UserTest.java",
        "package com.example;\n\nclass UserTest {\n  @org.junit.jupiter.api.AfterEach\n  void reset() {}\n\n  @org.junit.jupiter.api.Test\n  void t() {\n    Fixtures.SEEN.add(\"x\");\n  }\n}\n");
    String message = Files.readAllLines(repo.errorProne()).get(1).replaceAll(".*\"message\":\"", "").replaceAll("\"}$", "")
        .replace("'CREATED'", "'Fixtures.SEEN'");
    Path jsonl = repo.write("app/target/other.jsonl", repo.withRoot(
        "{\"ruleId\":\"StaticCollectionNeverCleared\",\"file\":\"@ROOT@/app/src/test/java/com/example/UserTest.java\",\"line\":9,\"column\":5,"
            + "\"endLine\":9,\"endColumn\":27,\"message\":\"" + message + "\"}\n"));
    Path out = temp.resolve("other.sarif");
    assertThat(export(out, "--errorprone", jsonl.toString()).code()).isZero();
    JsonNode related = read(out).at("/runs/0/results/0/relatedLocations");
    assertThat(related.at("/1/physicalLocation/artifactLocation/uri").asText()).isEqualTo("app/src/test/java/com/example/Fixtures.java");
    assertThat(related.at("/1/physicalLocation/region/startLine").asInt()).isEqualTo(4);
    assertThat(related.at("/2/message/text").asText()).isEqualTo("teardown does not release it: reset() runs after the tests but never clears 'Fixtures.SEEN'");
  }

  @Test
  void withoutASourceOrAMessageItUnderstandsThereAreNoRelatedLocations() throws Exception {
    repo.write("app/src/test/java/com/example/Broken.java", "class Broken {\n  void f( {\n    LIST.add(1);\n");
    Path jsonl = repo.write("app/target/odd.jsonl", repo.withRoot(
        "{\"ruleId\":\"StaticCollectionNeverCleared\",\"file\":\"@ROOT@/app/src/test/java/com/example/Broken.java\",\"line\":3,\"message\":\"m\"}\n"
            + "{\"ruleId\":\"StaticCollectionNeverCleared\",\"file\":\"@ROOT@/app/src/test/java/com/example/Gone.java\",\"line\":3,"
            + "\"message\":\"static list 'X' is grown by tests and never cleared, so everything added to it stays reachable for the rest of the"
            + " test JVM (the whole Surefire fork); clear it in a teardown hook (@AfterEach/@AfterAll, @After/@AfterClass,"
            + " @AfterMethod/@AfterClass) or make it an instance field\"}\n"));
    Path out = temp.resolve("odd.sarif");
    assertThat(export(out, "--errorprone", jsonl.toString()).code()).isZero();
    JsonNode results = read(out).at("/runs/0/results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).has("relatedLocations")).isFalse();
    // Gone.java cannot be read: only the grow site itself is known.
    assertThat(results.get(1).get("relatedLocations")).hasSize(1);
  }

  // --- rule help ---------------------------------------------------------------------------------

  @Test
  void ruleHelpHasWhatLeaksNoncompliantCompliantAndTheFix() throws Exception {
    Path out = temp.resolve("help.sarif");
    assertThat(export(out, "--pmd", repo.pmd().toString()).code()).isZero();
    JsonNode rule = read(out).at("/runs/0/tool/driver/rules/0");
    assertThat(rule.at("/help/markdown").asText())
        .contains("## What leaks, and for how long", "## Noncompliant", "```java", "## Compliant", "## The fix", "**Fix:** ");
    assertThat(rule.at("/fullDescription/text").asText().length()).isLessThanOrEqualTo(1024);
  }

  // --- GitHub's limits ---------------------------------------------------------------------------

  @Test
  void tooManyResultsForOneRunAreSplitWithAWarning() throws Exception {
    Path out = temp.resolve("split.sarif");
    SarifExport.Outcome outcome =
        SarifExport.run(
            new SarifExport.Request(repo.root, out)
                .errorProne(repo.errorProne())
                .spotBugs(repo.spotBugs())
                .limits(new SarifLogBuilder.Limits(2, 1)));
    JsonNode runs = read(out).get("runs");
    assertThat(runs).extracting(r -> r.at("/automationDetails/id").asText() + " " + r.get("results").size())
        .containsExactly("testleak/part-1/ 2", "testleak/part-2/ 1");
    assertThat(outcome.warnings())
        .containsExactly(
            "3 results exceed GitHub's limit of 2 per run: split into 2 runs with categories testleak/part-1/ to testleak/part-2/"
                + " (GitHub tracks alerts per category, so alerts move when the split changes)",
            "2 runs exceed GitHub's limit of 1 runs per file: GitHub will reject this file; baseline the findings or analyse fewer"
                + " modules per upload");
  }

  // --- hostile input through the command line ---------------------------------------------------

  @Test
  void everyHostileInputIsAOneLineErrorWithExitOneAndNoOutput() throws Exception {
    Path out = temp.resolve("never.sarif");
    List<Path> hostile =
        List.of(
            repo.write("h/truncated.xml", Files.readString(repo.spotBugs()).substring(0, 500)),
            repo.write("h/malformed.xml", "<pmd><file name=\"x\"></pmd>"),
            repo.write("h/doctype.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE pmd SYSTEM \"http://example.invalid/x.dtd\">\n<pmd/>"),
            repo.write("h/entity.xml", "<!DOCTYPE pmd [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><pmd>&e;</pmd>"),
            repo.write("h/empty.xml", ""),
            repo.write("h/latin1.xml", "<pmd><file name=\"caf\u00e9\"/></pmd>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
            repo.write("h/outside.xml", "<pmd xmlns=\"http://pmd.sourceforge.net/report/2.0.0\"><file name=\"/etc/X.java\"><violation beginline=\"1\""
                + " rule=\"StaticCollectionNeverCleared\">m</violation></file></pmd>"),
            repo.root.resolve("h/missing.xml"));
    for (Path input : hostile) {
      Cli cli = export(out, "--pmd", repo.pmd().toString(), input.getFileName().toString().equals("truncated.xml") ? "--spotbugs" : "--pmd",
          input.toString());
      assertThat(cli.code()).as(input.toString()).isEqualTo(1);
      assertThat(cli.err()).as(input.toString()).startsWith("testleak-sarif-export: " + input + ": ").endsWith("\n");
      assertThat(cli.err().strip()).as(input.toString()).doesNotContain("\n").doesNotContain("Exception");
      assertThat(out).doesNotExist();
    }
    Path foreign = repo.write("h/build.log", "random text\n\u0000\u0001 binary-ish\n[INFO] nothing\n");
    Cli cli = export(out, "--errorprone-log", foreign.toString());
    assertThat(cli.code()).isZero();
    assertThat(read(out).at("/runs/0/results")).isEmpty();
  }
}
