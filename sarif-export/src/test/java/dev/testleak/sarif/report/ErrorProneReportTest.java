package dev.testleak.sarif.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testleak.catalogue.Engine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorProneReportTest {
  private static final String OK_LINE =
      "{\"ruleId\":\"StaticCollectionNeverCleared\",\"severity\":\"WARNING\",\"file\":\"@ROOT@/app/src/test/java/com/example/CacheTest.java\",\"line\":12,\"column\":5,\"endLine\":12,\"endColumn\":22,\"message\":\"m\"}";

  @TempDir Path temp;
  TestRepo repo;

  @BeforeEach
  void setUp() {
    repo = TestRepo.create(temp);
  }

  @Test
  void readsCatalogueFindingsWithRepositoryRelativePaths() throws Exception {
    List<Finding> findings = ErrorProneReport.read(repo.errorProne(), repo.root);

    // UnusedVariable (not a catalogue rule, in a file outside the repository) is skipped, not an error.
    assertThat(findings)
        .extracting(Finding::path, Finding::line, Finding::column, Finding::endLine, Finding::endColumn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("app/src/test/java/com/example/CacheTest.java", 12, 5, 12, 22),
            org.assertj.core.groups.Tuple.tuple("app/src/test/java/com/example/OrderServiceTest.java", 14, 5, 14, 24));
    assertThat(findings.get(0).engine()).isEqualTo(Engine.ERROR_PRONE);
    assertThat(findings.get(0).ruleId()).isEqualTo("StaticCollectionNeverCleared");
    assertThat(findings.get(0).message()).startsWith("static map 'CACHE' is grown by tests");
  }

  @Test
  void anEmptyFileIsACompilationWithoutFindings() throws Exception {
    assertThat(ErrorProneReport.read(repo.write("app/target/empty.jsonl", ""), repo.root)).isEmpty();
  }

  @Test
  void removesALeftOverCheckNamePrefix() throws Exception {
    Path jsonl = repo.write("app/target/p.jsonl", repo.withRoot(OK_LINE.replace("\"m\"", "\"[StaticCollectionNeverCleared] text\"")));
    assertThat(ErrorProneReport.read(jsonl, repo.root)).singleElement().extracting(Finding::message).isEqualTo("text");
  }

  @Test
  void aMissingFileIsAnError() {
    Path missing = repo.root.resolve("app/target/none.jsonl");
    assertThatThrownBy(() -> ErrorProneReport.read(missing, repo.root))
        .isInstanceOf(ReportException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void aTruncatedLineIsAnErrorNamingTheLine() {
    String text = repo.withRoot(OK_LINE) + "\n" + repo.withRoot(OK_LINE).substring(0, 60);
    Path jsonl = repo.write("app/target/cut.jsonl", text);
    assertThatThrownBy(() -> ErrorProneReport.read(jsonl, repo.root))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith(jsonl + ": line 2: malformed JSON")
        .hasMessageNotContaining("\n");
  }

  @Test
  void trailingGarbageOnALineIsAnError() {
    Path jsonl = repo.write("app/target/g.jsonl", repo.withRoot(OK_LINE) + " {}");
    assertThatThrownBy(() -> ErrorProneReport.read(jsonl, repo.root))
        .hasMessageStartingWith(jsonl + ": line 1: malformed JSON");
  }

  @Test
  void aMissingOrWrongFieldIsAnError() {
    Path noLine = repo.write("app/target/a.jsonl", repo.withRoot(OK_LINE.replace("\"line\":12,", "")));
    assertThatThrownBy(() -> ErrorProneReport.read(noLine, repo.root))
        .hasMessage(noLine + ": line 1: 'line' is missing");
    Path badColumn = repo.write("app/target/b.jsonl", repo.withRoot(OK_LINE.replace("\"column\":5", "\"column\":-1")));
    assertThatThrownBy(() -> ErrorProneReport.read(badColumn, repo.root))
        .hasMessageStartingWith(badColumn + ": line 1: 'column' must be an integer of at least 0");
    Path array = repo.write("app/target/c.jsonl", "[1, 2]");
    assertThatThrownBy(() -> ErrorProneReport.read(array, repo.root))
        .hasMessage(array + ": line 1: expected a JSON object");
  }

  @Test
  void bytesThatAreNotUtf8AreAnError() {
    byte[] latin1 = repo.withRoot(OK_LINE).replace("\"m\"", "\"caf\u00e9\"").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path jsonl = repo.write("app/target/latin1.jsonl", latin1);
    assertThatThrownBy(() -> ErrorProneReport.read(jsonl, repo.root))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith(jsonl + ": not UTF-8 text");
  }

  @Test
  void aFileOutsideTheRepositoryRootIsAnErrorNamingIt() {
    Path jsonl = repo.write("app/target/out.jsonl", OK_LINE.replace("@ROOT@/app", temp.resolve("elsewhere").toString()));
    assertThatThrownBy(() -> ErrorProneReport.read(jsonl, repo.root))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith(jsonl + ": source file " + temp.resolve("elsewhere"))
        .hasMessageContaining("is outside the repository root");
    Path dotDot = repo.write("app/target/dots.jsonl", OK_LINE.replace("@ROOT@/app", "@ROOT@/../x").replace("@ROOT@", repo.root.toString()));
    assertThatThrownBy(() -> ErrorProneReport.read(dotDot, repo.root)).hasMessageContaining("outside the repository root");
  }

  // --- read as a stream, line by line ------------------------------------------------------------

  @Test
  void linesEndWithLfCrOrCrLfAndErrorsNameTheLineAsCounted() {
    String ok = repo.withRoot(OK_LINE);
    Path jsonl = repo.write("app/target/ends.jsonl", "\uFEFF" + ok + "\r\n\r" + ok.replace("\"line\":12", "\"line\":13") + "\n{\"ruleId\":\n");
    assertThatThrownBy(() -> ErrorProneReport.read(jsonl, repo.root)).hasMessageStartingWith(jsonl + ": line 4: malformed JSON");
    Path good = repo.write("app/target/good.jsonl", "\uFEFF" + ok + "\r\n\r" + ok.replace("\"line\":12", "\"line\":13") + "\r");
    assertThat(readOk(good)).extracting(Finding::line).containsExactly(12, 13);
  }

  @Test
  void linesOutsideTheUsualShapeAreReadAsBefore() throws Exception {
    String ok = repo.withRoot(OK_LINE);
    List<String> unusual =
        List.of(
            // extra fields of any kind, in any order, and explicit nulls for the optional positions
            "{\"extra\":{\"a\":[1,{\"b\":null}]},\"message\":\"m\",\"line\":12,\"column\":null,\"endLine\":null,\"endColumn\":null,"
                + "\"file\":\"@ROOT@/app/src/test/java/com/example/CacheTest.java\",\"ruleId\":\"StaticCollectionNeverCleared\"}",
            // a duplicate key: the tree keeps the last
            ok.replace("\"line\":12", "\"line\":3,\"line\":12"),
            // a rule of another pack is skipped whatever its other fields hold
            "{\"ruleId\":\"UnusedVariable\",\"line\":\"twelve\",\"file\":7}");
    Path jsonl = repo.write("app/target/unusual.jsonl", repo.withRoot(String.join("\n", unusual)));
    assertThat(ErrorProneReport.read(jsonl, repo.root))
        .extracting(Finding::line, Finding::column, Finding::endLine, Finding::endColumn)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(12, 0, 12, 0), org.assertj.core.groups.Tuple.tuple(12, 5, 12, 22));
  }

  @Test
  void badBytesAnywhereAreReportedBeforeAMalformedLineAboveThem() {
    byte[] text = (repo.withRoot(OK_LINE) + "\n{broken\n" + repo.withRoot(OK_LINE).replace("\"m\"", "\"caf\u00e9\""))
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path jsonl = repo.write("app/target/both.jsonl", text);
    assertThatThrownBy(() -> ErrorProneReport.read(jsonl, repo.root)).hasMessageStartingWith(jsonl + ": not UTF-8 text");
  }

  private List<Finding> readOk(Path jsonl) {
    try {
      return ErrorProneReport.read(jsonl, repo.root);
    } catch (ReportException e) {
      throw new AssertionError(e);
    }
  }
}
