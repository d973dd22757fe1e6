package dev.testleak.sarif.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testleak.catalogue.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error Prone findings from a compiler log: Maven's and javac's formats, foreign lines, broken logs. */
class ErrorProneLogTest {
  static final String ORDER = "app/src/test/java/com/example/OrderServiceTest.java";
  static final String MESSAGE =
      "static list 'CREATED' is grown by tests and never cleared, so everything added to it stays reachable for the rest of"
          + " the test JVM (the whole Surefire fork); clear it in a teardown hook (@AfterEach/@AfterAll, @After/@AfterClass,"
          + " @AfterMethod/@AfterClass) or make it an instance field";

  @TempDir Path temp;
  TestRepo repo;

  @BeforeEach
  void setUp() {
    repo = TestRepo.create(temp);
  }

  @Test
  void readsMavensAndJavacsDiagnosticLinesAndIgnoresEverythingElse() throws Exception {
    Path log =
        repo.write(
            "build.log",
            repo.withRoot(
                """
                [INFO] Scanning for projects...
                [INFO] --- compiler:3.15.0:testCompile (default-testCompile) @ app ---
                [WARNING] @ROOT@/app/src/test/java/com/example/OrderServiceTest.java:[14,5] [StaticCollectionNeverCleared] %s
                    (see https://github.com/testleak/testleak/blob/main/docs/rules/StaticCollectionNeverCleared.md)
                [WARNING] @ROOT@/app/src/test/java/com/example/OrderServiceTest.java:[3,1] [UnusedVariable] not ours
                \u001b[1;33mWARNING\u001b[m some coloured noise
                app/src/test/java/com/example/CacheTest.java:12: warning: [StaticCollectionNeverCleared] %s
                    CACHE.put("a", 1);
                    ^
                Downloading from central: https://repo.maven.apache.org/...
                [INFO] BUILD SUCCESS
                """
                    .formatted(MESSAGE, MESSAGE.replace("list 'CREATED'", "map 'CACHE'"))));
    EngineReport report = ErrorProneLog.readReport(log, repo.root);
    assertThat(report.findings())
        .containsExactly(
            new Finding(Engine.ERROR_PRONE, "StaticCollectionNeverCleared", "app/src/test/java/com/example/CacheTest.java", 12, 0, 12, 0,
                MESSAGE.replace("list 'CREATED'", "map 'CACHE'")),
            new Finding(Engine.ERROR_PRONE, "StaticCollectionNeverCleared", ORDER, 14, 5, 14, 0, MESSAGE));
    assertThat(report.notifications()).isEmpty();
    assertThat(report.engineFailed()).isFalse();
  }

  @Test
  void aFailedCompilationIsAnEngineError() throws Exception {
    Path log =
        repo.write(
            "build.log",
            repo.withRoot(
                """
                [ERROR] COMPILATION ERROR :
                [ERROR] @ROOT@/app/src/test/java/com/example/CacheTest.java:[5,8] cannot find symbol
                error: An unhandled exception was thrown by the Error Prone static analysis plugin.
                """));
    EngineReport report = ErrorProneLog.readReport(log, repo.root);
    assertThat(report.findings()).isEmpty();
    assertThat(report.engineFailed()).isTrue();
    assertThat(report.notifications())
        .extracting(EngineReport.Notification::message)
        .anyMatch(m -> m.startsWith("compilation error in "))
        .anyMatch(m -> m.startsWith("Error Prone failed: "));
  }

  @Test
  void brokenLogsAreOneLineErrorsNamingTheFile() {
    Path latin1 = repo.write("latin1.log", "[WARNING] caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> ErrorProneLog.read(latin1, repo.root)).hasMessage(latin1 + ": not UTF-8 text (invalid byte sequence at byte offset 13)");
    Path empty = repo.write("empty.log", "");
    assertThatThrownBy(() -> ErrorProneLog.read(empty, repo.root)).hasMessage(empty + ": empty file");
    Path missing = repo.root.resolve("none.log");
    assertThatThrownBy(() -> ErrorProneLog.read(missing, repo.root)).hasMessage(missing + ": no such file");
    Path outside = repo.write("outside.log", "/etc/Passwd.java:3: warning: [StaticCollectionNeverCleared] " + MESSAGE + "\n");
    assertThatThrownBy(() -> ErrorProneLog.read(outside, repo.root))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith(outside + ": source file /etc/Passwd.java is outside the repository root");
  }
}
