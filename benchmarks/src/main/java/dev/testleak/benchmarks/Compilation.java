package dev.testleak.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One in-process javac + Error Prone compilation of a project's test sources, with or without testleak's
 * checks: what {@link ErrorProneCompileBenchmark} times.
 *
 * <p>The project directory holds {@code sources.txt} (one source file a line) and
 * {@code compile-classpath.txt}, as the harness writes them into {@code target/work/<project>/}. Error
 * Prone is loaded from javac's processor path, which is this JVM's class path; with testleak, testleak's checks
 * are added to it: the class path in system property {@code testleak.bench.checks}, or in the file named by
 * {@code testleak.bench.checks.file}. They must not be on the JVM's class path: in-process javac's processor
 * class loader delegates to the JVM's, so they would run without being asked for. The JVM needs the
 * {@code --add-exports} flags of {@code .mvn/jvm.config}.
 */
public final class Compilation {
  static final String TESTLEAK_CHECKS_JAR = "testleak-errorprone-checks";

  private final List<File> sources;
  private final List<String> options;

  private Compilation(List<File> sources, List<String> options) {
    this.sources = sources;
    this.options = options;
  }

  public static Compilation of(Path projectDir, boolean withTestleak) throws IOException {
    List<File> sources = Files.readAllLines(projectDir.resolve("sources.txt")).stream()
        .filter(l -> !l.isBlank()).map(File::new).toList();
    String classpath = Files.readString(projectDir.resolve("compile-classpath.txt")).strip();
    List<String> processorPath = new ArrayList<>(
        Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
    if (processorPath.stream().anyMatch(Compilation::isTestleakChecks)) {
      throw new IllegalStateException(TESTLEAK_CHECKS_JAR + " is on the JVM's class path: it would always run");
    }
    if (withTestleak) {
      String checks = checksPath();
      if (checks == null || Arrays.stream(checks.split(File.pathSeparator)).noneMatch(Compilation::isTestleakChecks)) {
        throw new IllegalStateException("no " + TESTLEAK_CHECKS_JAR + " in testleak.bench.checks(.file): install it");
      }
      processorPath.addAll(Arrays.asList(checks.split(File.pathSeparator)));
    }
    List<String> options = new ArrayList<>(List.of("-encoding", "UTF-8", "-proc:none", "-Xlint:none",
        "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
        "-processorpath", String.join(File.pathSeparator, processorPath),
        "-Xplugin:ErrorProne -XepAllErrorsAsWarnings"));
    if (!classpath.isEmpty()) {
      options.addAll(List.of("-cp", classpath));
    }
    return new Compilation(sources, options);
  }

  /** The class path of testleak's checks, or null when none is given. */
  static String checksPath() throws IOException {
    String checks = System.getProperty("testleak.bench.checks");
    String file = System.getProperty("testleak.bench.checks.file");
    if (checks == null && file != null && Files.exists(Path.of(file))) {
      checks = Files.readString(Path.of(file)).strip();
    }
    return checks == null || checks.isEmpty() ? null : checks;
  }

  private static boolean isTestleakChecks(String entry) {
    return Path.of(entry).getFileName().toString().startsWith(TESTLEAK_CHECKS_JAR);
  }

  /** Compiles everything into a fresh temporary directory; returns the number of diagnostics reported. */
  public int compile() throws IOException {
    return compile(new ArrayList<>());
  }

  /** As {@link #compile()}, adding every diagnostic's text to {@code messages}. */
  public int compile(List<String> messages) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path out = Files.createTempDirectory("testleak-bench");
    AtomicInteger diagnostics = new AtomicInteger();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<String> opts = new ArrayList<>(options);
      opts.addAll(List.of("-d", out.toString()));
      boolean ok = javac.getTask(null, files, d -> {
        diagnostics.incrementAndGet();
        messages.add(d.getKind() + ": " + d.getMessage(null));
      }, opts, null, files.getJavaFileObjectsFromFiles(sources)).call();
      if (!ok) {
        throw new IllegalStateException("compilation failed: " + messages.stream()
            .filter(m -> m.startsWith("ERROR")).limit(5).toList());
      }
    } finally {
      try (var walk = Files.walk(out)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    return diagnostics.get();
  }
}
