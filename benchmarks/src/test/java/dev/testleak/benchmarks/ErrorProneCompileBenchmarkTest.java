package dev.testleak.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Keeps the JMH benchmark compiling and running: one tiny iteration over a two-file project, in this JVM. No
 * timing is asserted; what is asserted is that the two configurations really differ by testleak's checks.
 */
class ErrorProneCompileBenchmarkTest {

  @TempDir static Path project;

  @BeforeAll
  static void tinyProject() throws Exception {
    Path dir = project.resolve("src/test/java/demo");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("LeakyTest.java"), """
        package demo;

        import java.util.ArrayList;
        import java.util.List;
        import org.junit.jupiter.api.Test;

        class LeakyTest {
          static final List<String> SEEN = new ArrayList<>();

          @Test
          void remembers() {
            SEEN.add("x");
          }
        }
        """);
    Files.writeString(dir.resolve("CleanTest.java"), """
        package demo;

        import org.junit.jupiter.api.Test;

        class CleanTest {
          @Test
          void nothing() {}
        }
        """);
    Files.write(project.resolve("sources.txt"),
        List.of(dir.resolve("LeakyTest.java").toString(), dir.resolve("CleanTest.java").toString()));
    String junit = Path.of(Test.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    Files.writeString(project.resolve("compile-classpath.txt"), junit + File.pathSeparator
        + Path.of(org.apiguardian.api.API.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
  }

  private static boolean testleakChecksPresent() throws Exception {
    String checks = Compilation.checksPath();
    return checks != null && Arrays.stream(checks.split(File.pathSeparator))
        .anyMatch(e -> Path.of(e).getFileName().toString().startsWith(Compilation.TESTLEAK_CHECKS_JAR));
  }

  @Test
  void withoutTestleakTheChecksAreNotLoaded() throws Exception {
    List<String> messages = new ArrayList<>();
    Compilation.of(project, false).compile(messages);
    assertFalse(messages.stream().anyMatch(m -> m.contains("[StaticCollectionNeverCleared]")), messages::toString);
  }

  @Test
  void withTestleakTheChecksRun() throws Exception {
    assertTrue(testleakChecksPresent(), "testleak-errorprone-checks must be on the benchmark's processor path");
    List<String> messages = new ArrayList<>();
    Compilation.of(project, true).compile(messages);
    assertTrue(messages.stream().anyMatch(m -> m.contains("[StaticCollectionNeverCleared]")), messages::toString);
  }

  @Test
  void theBenchmarkRunsOneTinyIteration() throws Exception {
    System.setProperty("testleak.bench.project", project.toString());
    Options options = new OptionsBuilder()
        .include(ErrorProneCompileBenchmark.class.getName())
        .param("config", testleakChecksPresent()
            ? new String[] {"errorprone", "errorprone+testleak"} : new String[] {"errorprone"})
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    assertEquals(testleakChecksPresent() ? 2 : 1, results.size());
  }
}
