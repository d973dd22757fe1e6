package dev.testleak.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * The engines' class paths, as run.sh resolved them into {@code target/tools/<name>.classpath}. The
 * {@code -testleak} ones exist only once testleak's jars are in the local repository; a configuration
 * whose class path is missing is reported as not run.
 */
record Tools(Path jdk, Path benchmarkClasses, String errorProne, String errorProneWithTestleak, String spotbugs,
    String spotbugsPlugin, String pmd, String pmdWithTestleak) {

  static Tools load(Path dir, Path jdk, Path benchmarkClasses) throws IOException {
    String spotbugsPlugin = null;
    String sbTestleak = read(dir, "spotbugs-testleak");
    if (sbTestleak != null) {
      spotbugsPlugin = Arrays.stream(sbTestleak.split(":"))
          .filter(e -> Path.of(e).getFileName().toString().startsWith("testleak-spotbugs-detectors"))
          .findFirst().orElse(null);
    }
    return new Tools(jdk, benchmarkClasses, require(dir, "errorprone"), read(dir, "errorprone-testleak"),
        require(dir, "spotbugs"), spotbugsPlugin, require(dir, "pmd"), read(dir, "pmd-testleak"));
  }

  private static String require(Path dir, String name) throws IOException {
    String cp = read(dir, name);
    if (cp == null) {
      throw new IllegalStateException("missing " + dir.resolve(name + ".classpath") + ": run benchmarks/run.sh");
    }
    return cp;
  }

  private static String read(Path dir, String name) throws IOException {
    Path f = dir.resolve(name + ".classpath");
    return Files.exists(f) && Files.size(f) > 0 ? Files.readString(f).strip() : null;
  }

  /** testleak's rule ids, from the catalogue jar on any testleak class path ({@code rules.json}). */
  Set<String> ruleIds() throws IOException {
    Set<String> ids = new TreeSet<>();
    for (String cp : new String[] {errorProneWithTestleak, pmdWithTestleak}) {
      if (cp == null) {
        continue;
      }
      for (String entry : cp.split(":")) {
        if (Path.of(entry).getFileName().toString().startsWith("testleak-catalogue")) {
          try (ZipFile zip = new ZipFile(entry)) {
            String json = new String(zip.getInputStream(zip.getEntry("dev/testleak/catalogue/rules.json"))
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            // Rule ids are the only "id" values of the catalogue that are UpperCamelCase names.
            Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([A-Z][A-Za-z0-9]+)\"").matcher(json);
            while (m.find()) {
              ids.add(m.group(1));
            }
          }
          return ids;
        }
      }
    }
    return ids;
  }
}
