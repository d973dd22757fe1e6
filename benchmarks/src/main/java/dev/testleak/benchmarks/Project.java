package dev.testleak.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One third-party project of {@code projects.tsv}, as run.sh fetched it into {@code target/work/<name>/}:
 * its published pom, main jar, {@code test-sources} and {@code tests} jars, and its test class path
 * ({@code classpath.txt}, from {@code dependency:build-classpath} on the published pom).
 *
 * <p>The test sources are unpacked under {@code src/test/java} and the test classes under {@code test-classes},
 * the layout testleak's default test-code patterns recognise.
 */
record Project(String name, String coordinates, Path work) {

  static List<Project> load(Path tsv, Path workRoot) throws IOException {
    List<Project> out = new ArrayList<>();
    for (String line : Files.readAllLines(tsv)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      out.add(new Project(f[0], f[1] + ":" + f[2] + ":" + f[3], workRoot.resolve(f[0])));
    }
    return out;
  }

  Path sources() {
    return work.resolve("src/test/java");
  }

  Path testClasses() {
    return work.resolve("test-classes");
  }

  String relative(Path source) {
    return sources().relativize(source).toString();
  }

  /** Unpacks the test sources and classes once. */
  void unpack() throws IOException {
    if (!Files.isDirectory(sources())) {
      unzip(jar("-test-sources.jar"), sources(), ".java");
    }
    // Only the .class files: SpotBugs also analyses every archive it finds in a directory it is given, and
    // some test jars carry jars as test data (commons-compress's pack200 sqlUnpacked.jar), which are not the
    // project's test classes. The marker tells a directory unpacked that way from one unpacked whole.
    Path marker = testClasses().resolve(".classes-only");
    if (Files.isDirectory(testClasses()) && !Files.exists(marker)) {
      deleteTree(testClasses());
    }
    if (!Files.isDirectory(testClasses())) {
      unzip(jar("-tests.jar"), testClasses(), ".class");
      Files.createFile(marker);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  List<Path> allSources() throws IOException {
    try (Stream<Path> s = Files.walk(sources())) {
      return s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** Main jar and test-scope dependencies: SpotBugs' auxiliary class path. */
  List<String> runtimeClasspath() throws IOException {
    List<String> cp = new ArrayList<>();
    cp.add(jar(".jar").toString());
    for (String e : Files.readString(work.resolve("classpath.txt")).strip().split(":")) {
      if (!e.isEmpty()) {
        cp.add(e);
      }
    }
    return cp;
  }

  /**
   * What javac and PMD resolve types against: the runtime class path plus the published test classes, so
   * that a source file skipped for not compiling still resolves for the others, and PMD sees test supertypes.
   */
  String compileClasspath() throws IOException {
    List<String> cp = new ArrayList<>(runtimeClasspath());
    cp.add(jar("-tests.jar").toString());
    return String.join(":", cp);
  }

  private Path jar(String suffix) throws IOException {
    String artifact = coordinates.split(":")[1] + "-" + coordinates.split(":")[2];
    Path jar = work.resolve(artifact + suffix);
    if (!Files.exists(jar)) {
      throw new IOException("missing " + jar + ": run benchmarks/run.sh to fetch it");
    }
    return jar;
  }

  private static void unzip(Path jar, Path dir, String suffix) throws IOException {
    Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory() || e.getName().startsWith("META-INF/") || !e.getName().endsWith(suffix)) {
          continue;
        }
        Path target = tmp.resolve(e.getName()).normalize();
        if (!target.startsWith(tmp)) {
          throw new IOException("bad entry " + e.getName() + " in " + jar);
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(e)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.createDirectories(dir.getParent());
    Files.move(tmp, dir);
  }
}
