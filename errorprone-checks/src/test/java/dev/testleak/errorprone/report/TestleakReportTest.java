package dev.testleak.errorprone.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testleak.catalogue.Catalogue;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs javac in-process with Error Prone and {@link TestleakReport} as plugins, the way Maven does,
 * and reads the JSON Lines file the plugin writes.
 */
final class TestleakReportTest {
  private static final String LEAKY_A =
      """
      package com.acme;

      import java.util.ArrayList;
      import java.util.HashMap;
      import java.util.List;
      import java.util.Map;
      import org.junit.jupiter.api.Test;

      class ATest {
        static final Map<String, String> BY_NAME = new HashMap<>();
        static final List<String> SEEN = new ArrayList<>();

        @Test
        void t() {
          SEEN.add("x");
            BY_NAME.put("k", "v");
        }
      }
      """;

  private static final String LEAKY_Z =
      """
      package com.acme;

      import java.util.ArrayList;
      import java.util.List;
      import org.junit.jupiter.api.Test;

      class ZTest {
        static final List<String> SEEN = new ArrayList<>();

        @SuppressWarnings("StaticCollectionNeverCleared")
        static final List<String> SUPPRESSED = new ArrayList<>();

        @Test
        void t() {
          SEEN.add("x");
          SUPPRESSED.add("x");
        }

        // Another Error Prone check's warning, which the report must leave out.
        public String toString() {
          return "z";
        }
      }
      """;

  private static final String CLEAN =
      """
      package com.acme;

      import java.util.ArrayList;
      import java.util.List;
      import org.junit.jupiter.api.AfterEach;
      import org.junit.jupiter.api.Test;

      class CleanTest {
        static final List<String> SEEN = new ArrayList<>();

        @AfterEach
        void forget() {
          SEEN.clear();
        }

        @Test
        void t() {
          SEEN.add("x");
        }
      }
      """;

  @TempDir Path tmp;

  @Test
  void recordsTestleakFindingsSortedWithoutPrefixOrLink() throws IOException {
    // Z first: Error Prone reports in compilation order, the file is sorted by path.
    Compilation compilation =
        compile(Map.of("ZTest.java", LEAKY_Z, "ATest.java", LEAKY_A), List.of());

    assertThat(compilation.success()).as("%s", compilation).isTrue();
    assertThat(compilation.messages()).anyMatch(m -> m.contains("[MissingOverride]"));
    assertThat(compilation.messages()).anyMatch(m -> m.contains("[StaticCollectionNeverCleared]"));
    String a = source("ATest.java").toString();
    String z = source("ZTest.java").toString();
    assertThat(Files.readAllLines(report(), UTF_8))
        .containsExactly(
            finding("WARNING", a, 15, 5, "list", "SEEN"),
            finding("WARNING", a, 16, 7, "map", "BY_NAME"),
            finding("WARNING", z, 15, 5, "list", "SEEN"));
  }

  @Test
  void recordsSeverityOverridesAndWritesEvenWhenCompilationFails() throws IOException {
    Compilation compilation =
        compile(Map.of("ATest.java", LEAKY_A), List.of("-Xep:StaticCollectionNeverCleared:ERROR"));

    assertThat(compilation.success()).as("%s", compilation).isFalse();
    String a = source("ATest.java").toString();
    assertThat(Files.readAllLines(report(), UTF_8))
        .containsExactly(
            finding("ERROR", a, 15, 5, "list", "SEEN"), finding("ERROR", a, 16, 7, "map", "BY_NAME"));
  }

  @Test
  void writesEmptyFileWithoutFindings() throws IOException {
    Compilation compilation = compile(Map.of("CleanTest.java", CLEAN), List.of());

    assertThat(compilation.success()).as("%s", compilation).isTrue();
    assertThat(report()).exists().isEmptyFile();
    try (Stream<Path> files = Files.list(tmp.resolve("testleak"))) {
      assertThat(files).containsExactly(report());
    }
  }

  @Test
  void replacesAnEarlierReport() throws IOException {
    compile(Map.of("ATest.java", LEAKY_A), List.of());
    assertThat(Files.readAllLines(report(), UTF_8)).hasSize(2);

    compile(Map.of("CleanTest.java", CLEAN), List.of());

    assertThat(report()).isEmptyFile();
  }

  @Test
  void unwritableReportIsOneWarningNotAFailure() throws IOException {
    Path notADirectory = Files.writeString(tmp.resolve("occupied"), "a file, not a directory");

    Compilation compilation =
        compile(Map.of("ATest.java", LEAKY_A), List.of(), notADirectory.toString());

    assertThat(compilation.success()).as("%s", compilation).isTrue();
    List<String> warnings =
        compilation.messages().stream().filter(m -> m.contains("TestleakReport")).toList();
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains(
            "TestleakReport cannot write "
                + notADirectory.resolve("errorprone-test-classes.jsonl"))
        .doesNotContain("\tat ");
    assertThat(compilation.output()).doesNotContain("\tat ");
  }

  @Test
  void missingDirectoryArgumentIsOneWarning() throws IOException {
    Compilation compilation = compile(Map.of("CleanTest.java", CLEAN), List.of(), null);

    assertThat(compilation.success()).as("%s", compilation).isTrue();
    assertThat(compilation.messages())
        .filteredOn(m -> m.contains("TestleakReport"))
        .singleElement()
        .asString()
        .contains("expects one argument, the directory to write its report to");
  }

  private Path report() {
    return tmp.resolve("testleak").resolve("errorprone-test-classes.jsonl");
  }

  private Path source(String name) {
    return tmp.resolve("src/test/java/com/acme").resolve(name).toAbsolutePath();
  }

  private static String finding(
      String severity, String file, int line, int column, String kind, String name) {
    return new ReportedFinding(
            "StaticCollectionNeverCleared",
            severity,
            file,
            line,
            column,
            line,
            column,
            Catalogue.STATIC_COLLECTION_NEVER_CLEARED.formatMessage(kind, name))
        .toJson();
  }

  private record Compilation(boolean success, List<String> messages, String output) {}

  private Compilation compile(Map<String, String> sources, List<String> extraArgs)
      throws IOException {
    return compile(sources, extraArgs, tmp.resolve("testleak").toString());
  }

  private Compilation compile(
      Map<String, String> sources, List<String> extraArgs, String reportDirectory)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (var source : sources.entrySet()) {
      Path file = source(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), UTF_8);
      files.add(file);
    }
    files.sort((x, y) -> sources.keySet().stream().toList().indexOf(x.getFileName().toString()));
    Path classes = Files.createDirectories(tmp.resolve("test-classes"));
    String classpath = System.getProperty("java.class.path");
    List<String> options = new ArrayList<>();
    options.addAll(
        List.of(
            "-d",
            classes.toString(),
            "-classpath",
            classpath,
            "-processorpath",
            classpath,
            "-proc:none",
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            "-Xplugin:ErrorProne " + String.join(" ", extraArgs),
            reportDirectory == null
                ? "-Xplugin:TestleakReport"
                : "-Xplugin:TestleakReport " + reportDirectory));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      boolean success =
          javac
              .getTask(
                  output,
                  fileManager,
                  diagnostics,
                  options,
                  null,
                  fileManager.getJavaFileObjectsFromPaths(files))
              .call();
      List<String> messages =
          diagnostics.getDiagnostics().stream()
              .map((Diagnostic<? extends JavaFileObject> d) -> d.getMessage(Locale.ROOT))
              .toList();
      return new Compilation(success, messages, output.toString());
    }
  }
}
