package dev.testleak.sarif.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Both XML readers on input that is broken or attacks the parser: always a one-line ReportException. */
class HostileXmlTest {
  @FunctionalInterface
  interface Reader {
    Object read(Path xml, Path root) throws ReportException;
  }

  @TempDir Path temp;
  TestRepo repo;

  @BeforeEach
  void setUp() {
    repo = TestRepo.create(temp);
  }

  static Stream<Arguments> readers() {
    return Stream.of(
        Arguments.of("BugCollection", (Reader) SpotBugsReport::read),
        Arguments.of("pmd", (Reader) PmdReport::read));
  }

  private void assertFails(Reader reader, Path xml, String messageStart) {
    assertThatThrownBy(() -> reader.read(xml, repo.root))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith(xml + ": " + messageStart)
        .hasMessageNotContaining("\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void externalEntitiesAreNeverResolved(String root, Reader reader) throws Exception {
    Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-VALUE");
    Path xml =
        repo.write(
            "app/target/xxe.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<"
                + root + ">&xxe;</" + root + ">");
    assertFails(reader, xml, "contains a DOCTYPE declaration (line 2)");
    assertThatThrownBy(() -> reader.read(xml, repo.root)).hasMessageNotContaining("TOP-SECRET-VALUE");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void entityExpansionBombsAreRejectedBeforeExpansion(String root, Reader reader) {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY a0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    Path xml = repo.write("app/target/bomb.xml", dtd + "<" + root + ">&a9;</" + root + ">");
    assertFails(reader, xml, "contains a DOCTYPE declaration");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void anExternalDtdIsNotFetched(String root, Reader reader) {
    Path xml =
        repo.write("app/target/dtd.xml", "<!DOCTYPE " + root + " SYSTEM \"http://127.0.0.1:9/x.dtd\"><" + root + "/>");
    assertFails(reader, xml, "contains a DOCTYPE declaration");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void truncatedXmlIsMalformed(String root, Reader reader) throws Exception {
    Path complete = root.equals("pmd") ? repo.pmd() : repo.spotBugs();
    String text = Files.readString(complete);
    Path xml = repo.write("app/target/cut.xml", text.substring(0, text.length() / 2));
    assertFails(reader, xml, "malformed XML at line");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void anUndeclaredEntityIsMalformed(String root, Reader reader) {
    Path xml = repo.write("app/target/ent.xml", "<" + root + ">&nope;</" + root + ">");
    assertFails(reader, xml, "malformed XML at line 1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void emptyAndBlankFilesAreErrors(String root, Reader reader) {
    assertFails(reader, repo.write("app/target/empty.xml", ""), "empty file");
    assertFails(reader, repo.write("app/target/blank.xml", " \n\t\n"), "empty file");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void missingFilesAndDirectoriesAreErrors(String root, Reader reader) {
    assertFails(reader, repo.root.resolve("app/target/none.xml"), "no such file");
    assertFails(reader, repo.root.resolve("app/target"), "is a directory");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void bytesThatAreNotUtf8AreAnError(String root, Reader reader) {
    byte[] latin1 =
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><" + root + " note=\"caf\u00e9\"/>")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertFails(reader, repo.write("app/target/latin1.xml", latin1), "not UTF-8 text");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void anotherToolsReportIsAnError(String root, Reader reader) {
    Path xml = repo.write("app/target/other.xml", "<checkstyle version=\"10\"/>");
    assertFails(reader, xml, "not a " + (root.equals("pmd") ? "PMD" : "SpotBugs") + " XML report");
  }

  @Test
  void theParserPrintsNothingOnStderr() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Path xml = repo.write("app/target/bad.xml", "<pmd><file>");
      assertThatThrownBy(() -> PmdReport.read(xml, repo.root)).isInstanceOf(ReportException.class);
    } finally {
      System.setErr(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
