package dev.testleak.sarif.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.testleak.catalogue.Engine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpotBugsReportTest {
  @TempDir Path temp;
  TestRepo repo;

  @BeforeEach
  void setUp() {
    repo = TestRepo.create(temp);
  }

  private Path report(String project, String bugs) {
    return repo.write(
        "app/target/sb.xml",
        repo.withRoot(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BugCollection version=\"4.10.4\"><Project projectName=\"app\">"
                + project + "</Project>" + bugs + "</BugCollection>"));
  }

  private static String bug(String sourceLine) {
    return "<BugInstance type=\"StaticCollectionNeverCleared\" priority=\"2\" category=\"BAD_PRACTICE\">"
        + "<LongMessage>long</LongMessage>" + sourceLine + "</BugInstance>";
  }

  @Test
  void readsCatalogueBugsAtTheirPrimarySourceLineFoundUnderASrcDir() throws Exception {
    List<Finding> findings = SpotBugsReport.read(repo.spotBugs(), repo.root);

    // DM_DEFAULT_ENCODING is skipped; the duplicated bug is kept (readers do not deduplicate);
    // CacheTest's line is its primary SourceLine's, not the "another instance" one before it.
    assertThat(findings)
        .extracting(Finding::path, Finding::line, Finding::column, Finding::endLine, Finding::endColumn)
        .containsExactly(
            tuple("app/src/test/java/com/example/CacheTest.java", 13, 0, 14, 0),
            tuple("app/src/test/java/com/example/OrderServiceTest.java", 14, 0, 14, 0),
            tuple("app/src/test/java/com/example/OrderServiceTest.java", 14, 0, 14, 0));
    assertThat(findings).allSatisfy(f -> assertThat(f.engine()).isEqualTo(Engine.SPOTBUGS));
    assertThat(findings.get(1).message()).startsWith("static list 'CREATED' is grown by tests");
  }

  @Test
  void aBugWithoutLineNumbersHasLineZero() throws Exception {
    Path xml =
        report(
            "<SrcDir>@ROOT@/app/src/test/java</SrcDir>",
            bug("<SourceLine classname=\"com.example.CacheTest\" sourcefile=\"CacheTest.java\" sourcepath=\"com/example/CacheTest.java\"/>"));
    assertThat(SpotBugsReport.read(xml, repo.root))
        .singleElement()
        .satisfies(f -> assertThat(f.line()).isZero())
        .satisfies(f -> assertThat(f.endLine()).isZero());
  }

  @Test
  void withoutALongMessageTheShortOneOrTheSummaryIsUsed() throws Exception {
    String line = "<SourceLine start=\"12\" end=\"12\" sourcepath=\"com/example/CacheTest.java\"/>";
    Path xml =
        report(
            "<SrcDir>@ROOT@/app/src/test/java</SrcDir>",
            "<BugInstance type=\"StaticCollectionNeverCleared\">" + line + "</BugInstance>");
    assertThat(SpotBugsReport.read(xml, repo.root))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("Static collection in test code grows during tests and is never cleared");
  }

  @Test
  void aSourcepathInNoSrcDirIsAnErrorNamingIt() {
    Path xml =
        report(
            "<SrcDir>@ROOT@/app/src/main/java</SrcDir>",
            bug("<SourceLine start=\"12\" end=\"12\" sourcepath=\"com/example/CacheTest.java\"/>"));
    assertThatThrownBy(() -> SpotBugsReport.read(xml, repo.root))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith(
            xml + ": bug StaticCollectionNeverCleared: com/example/CacheTest.java is in none of the report's <SrcDir> entries");
  }

  @Test
  void aReportWithoutSrcDirIsAnError() {
    Path xml = report("", bug("<SourceLine start=\"12\" end=\"12\" sourcepath=\"com/example/CacheTest.java\"/>"));
    assertThatThrownBy(() -> SpotBugsReport.read(xml, repo.root))
        .hasMessageContaining("the report lists no <Project><SrcDir>");
  }

  @Test
  void aSourceOutsideTheRepositoryRootIsAnError() throws Exception {
    Path outside = temp.resolve("outside/src");
    java.nio.file.Files.createDirectories(outside.resolve("com/example"));
    java.nio.file.Files.writeString(outside.resolve("com/example/X.java"), "class X {}\n");
    Path xml =
        report(
            "<SrcDir>" + outside + "</SrcDir>",
            bug("<SourceLine start=\"1\" end=\"1\" sourcepath=\"com/example/X.java\"/>"));
    assertThatThrownBy(() -> SpotBugsReport.read(xml, repo.root))
        .hasMessageStartingWith(xml + ": source file " + outside.resolve("com/example/X.java"))
        .hasMessageContaining("outside the repository root");
  }

  @Test
  void aBadLineNumberIsAnError() {
    Path xml =
        report(
            "<SrcDir>@ROOT@/app/src/test/java</SrcDir>",
            bug("<SourceLine start=\"twelve\" sourcepath=\"com/example/CacheTest.java\"/>"));
    assertThatThrownBy(() -> SpotBugsReport.read(xml, repo.root))
        .hasMessage(xml + ": bug StaticCollectionNeverCleared: SourceLine start='twelve' is not a number");
  }

  @Test
  void aProjectAfterTheBugsStillLocatesThem() throws Exception {
    // SpotBugs writes <Project> first; the streaming reader keeps the bugs before it until it comes.
    String bugs =
        bug("<SourceLine start=\"13\" end=\"14\" sourcepath=\"com/example/CacheTest.java\"/>")
            + "<Errors><AnalysisError><ErrorMessage>cannot analyse X</ErrorMessage></AnalysisError></Errors>";
    String project = "<Project projectName=\"app\"><SrcDir>@ROOT@/app/src/test/java</SrcDir></Project>";
    Path before =
        repo.write("app/target/before.xml", repo.withRoot("<BugCollection>" + project + bugs + "</BugCollection>"));
    Path after = repo.write("app/target/after.xml", repo.withRoot("<BugCollection>" + bugs + project + "</BugCollection>"));

    EngineReport first = SpotBugsReport.readReport(before, repo.root);
    EngineReport last = SpotBugsReport.readReport(after, repo.root);

    assertThat(last.findings()).isEqualTo(first.findings());
    assertThat(last.findings())
        .extracting(Finding::path, Finding::line, Finding::endLine)
        .containsExactly(tuple("app/src/test/java/com/example/CacheTest.java", 13, 14));
    assertThat(last.notifications()).isEqualTo(first.notifications()).hasSize(1);
  }

  @Test
  void malformedXmlAfterABadBugIsReportedAsMalformed() {
    Path xml =
        repo.write(
            "app/target/sb.xml",
            "<BugCollection>" + bug("<SourceLine start=\"twelve\" sourcepath=\"com/example/CacheTest.java\"/>") + "<oops></BugCollection>");
    assertThatThrownBy(() -> SpotBugsReport.read(xml, repo.root))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith(xml + ": malformed XML at line 1");
  }
}
