package dev.testleak.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testleak.sarif.report.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, one-line errors, no output on failure, atomic writes, the summary. */
class SarifExportMainTest {
  @TempDir Path temp;
  TestRepo repo;
  Path out;

  @BeforeEach
  void setUp() {
    repo = TestRepo.create(temp);
    out = temp.resolve("out/nested/testleak.sarif");
  }

  private static void assertOneLineError(Cli cli, int code, String message) {
    assertThat(cli.code()).isEqualTo(code);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).startsWith("testleak-sarif-export: " + message).endsWith("\n");
    assertThat(cli.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void usageErrorsExitWithTwoAndWriteNothing() {
    String root = repo.root.toString();
    String pmd = repo.pmd().toString();
    String output = out.toString();
    assertOneLineError(Cli.run(), 2, "missing --repo-root (usage: ");
    assertOneLineError(Cli.run("--repo-root", root, "--pmd", pmd, "--output", output, "--frobnicate"), 2, "unknown option '--frobnicate'");
    assertOneLineError(Cli.run("--repo-root", root, "--pmd"), 2, "option --pmd needs a value");
    assertOneLineError(Cli.run("--repo-root", root, "--pmd", "--output", output), 2, "option --pmd needs a value");
    assertOneLineError(Cli.run("--repo-root", root, "--pmd", pmd), 2, "missing --output");
    assertOneLineError(Cli.run("--repo-root", root, "--output", output), 2, "no input report");
    assertOneLineError(Cli.run("--repo-root", root, "--repo-root", root, "--pmd", pmd, "--output", output), 2, "--repo-root given twice");
    assertOneLineError(Cli.run("positional"), 2, "unknown option 'positional'");
    assertThat(out).doesNotExist();
    assertThat(out.getParent()).doesNotExist();
  }

  @Test
  void inputErrorsExitWithOneNameTheFileAndWriteNothing() {
    Path missing = repo.root.resolve("app/target/missing.xml");
    assertOneLineError(
        Cli.run("--repo-root", repo.root.toString(), "--errorprone", repo.errorProne().toString(), "--pmd", missing.toString(),
            "--output", out.toString()),
        1,
        missing + ": no such file");
    Path hostile = repo.write("app/target/x.xml", "<!DOCTYPE pmd [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><pmd>&x;</pmd>");
    assertOneLineError(
        Cli.run("--repo-root", repo.root.toString(), "--pmd", hostile.toString(), "--output", out.toString()),
        1,
        hostile + ": contains a DOCTYPE declaration");
    Path noRoot = temp.resolve("no-such-root");
    assertOneLineError(
        Cli.run("--repo-root", noRoot.toString(), "--pmd", repo.pmd().toString(), "--output", out.toString()),
        1,
        noRoot + ": repository root is not a directory");
    // The reports name files under repo/, which is outside this narrower root.
    Path narrower = repo.root.resolve("app/src/main");
    assertOneLineError(
        Cli.run("--repo-root", narrower.toString(), "--pmd", repo.pmd().toString(), "--output", out.toString()),
        1,
        repo.pmd() + ": source file ");
    assertOneLineError(
        Cli.run("--repo-root", repo.root.toString(), "--pmd", repo.pmd().toString(), "--output", repo.pmd().toString()),
        1,
        repo.pmd() + ": the output would overwrite an input report");
    assertThat(out.getParent()).doesNotExist();
  }

  @Test
  void aFailureLeavesAnExistingOutputUntouchedAndNoTemporaryFiles() throws Exception {
    Files.createDirectories(out.getParent());
    Files.writeString(out, "previous");
    Path broken = repo.write("app/target/broken.jsonl", "{\"ruleId\":");
    Cli cli = Cli.run("--repo-root", repo.root.toString(), "--errorprone", broken.toString(), "--output", out.toString());
    assertThat(cli.code()).isEqualTo(1);
    assertThat(out).hasContent("previous");
    assertThat(listing(out.getParent())).containsExactly("testleak.sarif");
  }

  @Test
  void anOutputThatIsADirectoryIsAnInputError() throws Exception {
    Files.createDirectories(out);
    assertOneLineError(
        Cli.run("--repo-root", repo.root.toString(), "--pmd", repo.pmd().toString(), "--output", out.toString()),
        1,
        out + ": cannot write: is a directory");
    assertThat(listing(out.getParent())).containsExactly("testleak.sarif");
  }

  @Test
  void writesTheOutputAtomicallyReplacingAnOldOne() throws Exception {
    Files.createDirectories(out.getParent());
    Files.writeString(out, "previous");
    Cli cli = Cli.run("--repo-root", repo.root.toString(), "--pmd=" + repo.pmd(), "--output=" + out);
    assertThat(cli.code()).isZero();
    assertThat(cli.err()).isEmpty();
    assertThat(cli.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("{\"$schema\"").endsWith("}\n").hasLineCount(1);
    assertThat(listing(out.getParent())).containsExactly("testleak.sarif");
  }

  @Test
  void prettyPrintsOnRequestWithTheSameContent() throws Exception {
    Path pretty = out.resolveSibling("pretty.sarif");
    assertThat(Cli.run("--repo-root", repo.root.toString(), "--pmd", repo.pmd().toString(), "--output", out.toString()).code())
        .isZero();
    assertThat(Cli.run("--repo-root", repo.root.toString(), "--pmd", repo.pmd().toString(), "--output", pretty.toString(), "--pretty")
            .code())
        .isZero();
    String text = Files.readString(pretty);
    assertThat(text).startsWith("{\n  \"$schema\": ").contains("\n      \"tool\": {").endsWith("\n}\n").doesNotContain("\r");
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(json.readTree(text)).isEqualTo(json.readTree(out.toFile()));
    assertThat(Files.size(out)).isLessThan(Files.size(pretty));
  }

  @Test
  void aNewOutputIsReadableByEveryone() throws Exception {
    assertThat(Cli.run("--repo-root", repo.root.toString(), "--pmd", repo.pmd().toString(), "--output", out.toString()).code())
        .isZero();
    if (Files.getFileAttributeView(out, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
    }
  }

  @Test
  void helpPrintsTheUsage() {
    Cli cli = Cli.run("--help");
    assertThat(cli.code()).isZero();
    assertThat(cli.out()).startsWith("usage: java -jar testleak-sarif-export.jar --repo-root <dir>");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void summaryTabulatesFindingsByRuleAndEngineAndTopFiles() {
    Cli cli =
        Cli.run("--repo-root", repo.root.toString(), "--errorprone", repo.errorProne().toString(), "--pmd",
            repo.pmd().toString(), "--output", out.toString(), "--summary");
    assertThat(cli.code()).isZero();
    // One row per catalogue rule (rules without findings show 0), so only testleak's rows are fixed here.
    String text = cli.out();
    assertThat(text).startsWith("testleak: 2 findings (3 reported by the engines)\n\nFindings by rule and engine\n");
    assertThat(text.lines().toList())
        .anyMatch(l -> l.matches("  Rule +Error Prone  SpotBugs  PMD  Total"))
        .anyMatch(l -> l.matches("  StaticCollectionNeverCleared +2 +- +1 +3"))
        .anyMatch(l -> l.matches("  Total +2 +- +1 +3"));
    assertThat(text)
        .endsWith(
            """

            Files with the most findings (2 of 2)
              Findings  File
                     2  app/src/test/java/com/example/OrderServiceTest.java
                     1  app/src/test/java/com/example/CacheTest.java

            SARIF written to %s
            """
                .formatted(out));
  }

  @Test
  void theMainMethodExitsWithTheCodeInItsOwnJvm() throws Exception {
    assertThat(runMain("--repo-root", repo.root.toString(), "--pmd", repo.pmd().toString(), "--output", out.toString()))
        .isEqualTo(List.of("0", ""));
    assertThat(runMain("--bogus")).element(0).isEqualTo("2");
    List<String> inputError =
        runMain("--repo-root", repo.root.toString(), "--pmd", temp.resolve("nope.xml").toString(), "--output", out.toString());
    assertThat(inputError.get(0)).isEqualTo("1");
    assertThat(inputError.get(1)).isEqualTo("testleak-sarif-export: " + temp.resolve("nope.xml") + ": no such file\n");
  }

  /** Exit code and stderr of the tool run by {@code java} with this test's class path. */
  private List<String> runMain(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SarifExportMain.class.getName());
    command.addAll(List.of(args));
    Path stderr = temp.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return List.of(Integer.toString(process.exitValue()), Files.readString(stderr));
  }

  private static List<String> listing(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
