package dev.testleak.sarif.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testleak.catalogue.Engine;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PmdReportTest {
  @TempDir Path temp;
  TestRepo repo;

  @BeforeEach
  void setUp() {
    repo = TestRepo.create(temp);
  }

  private Path report(String fileName, String violationAttributes) {
    return repo.write(
        "app/target/p.xml",
        repo.withRoot(
            "<pmd xmlns=\"http://pmd.sourceforge.net/report/2.0.0\" version=\"7.27.0\"><file name=\"" + fileName
                + "\"><violation rule=\"StaticCollectionNeverCleared\" " + violationAttributes
                + ">\nmsg\n</violation></file></pmd>"));
  }

  @Test
  void readsCatalogueViolationsWithTheirColumns() throws Exception {
    // UnusedPrivateField and the <error> element are not findings.
    assertThat(PmdReport.read(repo.pmd(), repo.root))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.engine()).isEqualTo(Engine.PMD);
              assertThat(f.ruleId()).isEqualTo("StaticCollectionNeverCleared");
              assertThat(f.path()).isEqualTo("app/src/test/java/com/example/OrderServiceTest.java");
              assertThat(f.line()).isEqualTo(14);
              assertThat(f.column()).isEqualTo(5);
              assertThat(f.endLine()).isEqualTo(14);
              assertThat(f.endColumn()).isEqualTo(24);
              assertThat(f.message()).startsWith("static list 'CREATED'").doesNotStartWith("\n").doesNotEndWith("\n");
            });
  }

  @Test
  void aReportWithoutNamespaceIsReadToo() throws Exception {
    Path xml =
        repo.write(
            "app/target/nons.xml",
            repo.withRoot(
                "<pmd><file name=\"@ROOT@/app/src/test/java/com/example/CacheTest.java\"><violation beginline=\"12\""
                    + " rule=\"StaticCollectionNeverCleared\">m</violation></file></pmd>"));
    assertThat(PmdReport.read(xml, repo.root))
        .singleElement()
        .satisfies(f -> assertThat(f.column()).isZero())
        .satisfies(f -> assertThat(f.endLine()).isEqualTo(12));
  }

  @Test
  void aFileOutsideTheRepositoryRootIsAnErrorNamingIt() {
    Path xml = report("/opt/elsewhere/Foo.java", "beginline=\"1\"");
    assertThatThrownBy(() -> PmdReport.read(xml, repo.root))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith(xml + ": source file /opt/elsewhere/Foo.java is outside the repository root");
  }

  @Test
  void missingOrBadPositionsAreErrors() {
    Path noLine = report("@ROOT@/app/src/test/java/com/example/CacheTest.java", "begincolumn=\"3\"");
    assertThatThrownBy(() -> PmdReport.read(noLine, repo.root))
        .hasMessageEndingWith(": attribute beginline is missing");
    Path zero = report("@ROOT@/app/src/test/java/com/example/CacheTest.java", "beginline=\"0\"");
    assertThatThrownBy(() -> PmdReport.read(zero, repo.root))
        .hasMessageEndingWith(": attribute beginline='0' is not an integer of at least 1");
  }

  @Test
  void theFirstContentErrorWinsButMalformedXmlAnywhereWinsOverIt() {
    // Read as a stream, the document is still read to its end before a content error is reported.
    Path twoErrors =
        repo.write(
            "app/target/two.xml",
            "<pmd><file/><error filename=\"A.java\" msg=\"x\"/><suppressedviolation msg=\"m\"/></pmd>");
    assertThatThrownBy(() -> PmdReport.read(twoErrors, repo.root)).hasMessage(twoErrors + ": <file> without a name");
    Path malformed = repo.write("app/target/bad.xml", "<pmd><file/>\n<file name=\"x\"></pmd>");
    assertThatThrownBy(() -> PmdReport.read(malformed, repo.root))
        .hasMessageStartingWith(malformed + ": malformed XML at line 2");
  }
}
