package dev.testleak.sarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.testleak.sarif.report.TestRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shape of SARIF the tool writes passes the official validator (Microsoft's Sarif.Multitool,
 * npm {@code @microsoft/sarif-multitool}) with the SARIF rules and GitHub's ingestion rules ("Gh",
 * "Ghas"): no error and no warning. The native binary is called directly, named by the environment
 * variable TESTLEAK_SARIF_MULTITOOL; without it the test is skipped locally and fails on CI.
 */
class SarifValidatorTest {
  @TempDir Path temp;
  TestRepo repo;
  OfficialSarifValidator validator;

  @BeforeEach
  void setUp() {
    validator = OfficialSarifValidator.locate();
    repo = TestRepo.create(temp);
  }

  @Test
  void everyShapeOfOutputHasNoErrorOrWarning() throws Exception {
    Path empty = repo.write("app/target/empty.jsonl", "");
    Path lineOnly =
        repo.write(
            "app/target/line-only.jsonl",
            repo.withRoot(
                "{\"ruleId\":\"StaticCollectionNeverCleared\",\"file\":\"@ROOT@/app/src/test/java/com/example/Gone.java\",\"line\":7,\"message\":\"m\"}\n"));
    Path noLines =
        repo.write(
            "app/target/no-lines.xml",
            repo.withRoot(
                "<BugCollection><Project><SrcDir>@ROOT@/app/src/test/java</SrcDir></Project>"
                    + "<BugInstance type=\"StaticCollectionNeverCleared\"><LongMessage>m</LongMessage>"
                    + "<SourceLine sourcepath=\"com/example/CacheTest.java\"/></BugInstance></BugCollection>"));
    String root = repo.root.toString();
    List<Path> outputs = new ArrayList<>();
    outputs.add(export("all", "--errorprone", repo.errorProne().toString(), "--spotbugs", repo.spotBugs().toString(),
        "--pmd", repo.pmd().toString()));
    outputs.add(export("empty", "--errorprone", empty.toString()));
    outputs.add(export("line-only", "--errorprone", lineOnly.toString(), "--spotbugs", noLines.toString()));
    outputs.add(export("spotbugs", "--spotbugs", repo.spotBugs().toString(), "--repo-root", root));

    for (Path sarif : outputs) {
      assertThat(problems(sarif, List.of("error", "warning"))).as("validator findings for %s", sarif).isEmpty();
    }
  }

  @Test
  void mergedSuppressedBaselinedFailedAndSplitOutputHasNoErrorOrWarning() throws Exception {
    List<Path> outputs = new ArrayList<>();
    String[] all = {"--errorprone", repo.errorProne().toString(), "--spotbugs", repo.spotBugs().toString(), "--pmd", repo.pmd().toString()};
    // Suppressed findings kept (a PMD one anchored at its file, a SpotBugs one classified NOT_A_BUG).
    String message = Files.readAllLines(repo.errorProne()).get(0).replaceAll(".*\"message\":\"", "").replaceAll("\"}$", "");
    Files.writeString(repo.pmd(), Files.readString(repo.pmd()).replace("</pmd>", repo.withRoot(
        "<suppressedviolation filename=\"@ROOT@/app/src/test/java/com/example/CacheTest.java\" suppressiontype=\"nopmd\" msg=\""
            + message + "\" usermsg=\"why\"/>\n</pmd>")));
    Path kept = export("kept", all[0], all[1], all[2], all[3], all[4], all[5], "--keep-suppressed");
    outputs.add(kept);
    // A baseline with new, unchanged and absent results.
    Path fewer = repo.write("app/target/fewer.jsonl", Files.readAllLines(repo.errorProne()).get(1) + "\n");
    outputs.add(export("baselined", "--errorprone", fewer.toString(), "--pmd", repo.pmd().toString(), "--baseline", kept.toString(),
        "--include-absent"));
    // Engine failures as tool execution notifications.
    Path failed = temp.resolve("failed.sarif");
    Path broken = repo.write("app/target/broken-pmd.xml", Files.readString(repo.pmd()).replace("</pmd>",
        "<error filename=\"Broken.java\" msg=\"ParseException\"/><configerror rule=\"X\" msg=\"bad property\"/></pmd>"));
    assertThat(Cli.run("--repo-root", repo.root.toString(), "--pmd", broken.toString(), "--output", failed.toString()).code()).isEqualTo(3);
    outputs.add(failed);
    // Split into several runs.
    Path split = temp.resolve("split.sarif");
    SarifExport.run(new SarifExport.Request(repo.root, split).errorProne(repo.errorProne()).spotBugs(repo.spotBugs())
        .limits(new SarifLogBuilder.Limits(1, 20)));
    outputs.add(split);

    for (Path sarif : outputs) {
      assertThat(problems(sarif, List.of("error", "warning"))).as("validator findings for %s", sarif).isEmpty();
    }
  }

  @Test
  void theValidatorCatchesWhatGitHubWouldReject() throws Exception {
    // Proves the check above can fail: a rule without descriptions or help, a result without a location.
    Path bad =
        Files.writeString(
            temp.resolve("bad.sarif"),
            "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":"
                + "{\"driver\":{\"name\":\"x\",\"rules\":[{\"id\":\"R\"}]}},\"results\":[{\"ruleId\":\"R\","
                + "\"message\":{\"text\":\"m\"}}]}]}",
            StandardCharsets.UTF_8);
    assertThat(problems(bad, List.of("error"))).isNotEmpty().anyMatch(p -> p.startsWith("GH"));
  }

  private Path export(String name, String... inputs) {
    Path out = temp.resolve(name + ".sarif");
    List<String> args = new ArrayList<>(List.of("--output", out.toString()));
    args.addAll(List.of(inputs));
    if (!args.contains("--repo-root")) {
      args.addAll(List.of("--repo-root", repo.root.toString()));
    }
    Cli cli = Cli.run(args.toArray(String[]::new));
    assertThat(cli.err()).isEmpty();
    assertThat(cli.code()).isZero();
    return out;
  }

  /** The validator's results of the given levels for the file, as "RULE: message". */
  private List<String> problems(Path sarif, List<String> levels) throws Exception {
    return validator.problems(sarif, temp, levels);
  }
}
