package dev.testleak.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.MatcherAssert.assertThat;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import edu.umd.cs.findbugs.BugCollection;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import edu.umd.cs.findbugs.test.matcher.BugInstanceMatcherBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Runs SpotBugs (with this plugin, via the test harness) on sample classes and checks findings
 * against {@code // BUG} markers in the samples' sources, so no test hard-codes a line number.
 */
final class SampleAnalysis {
  static final String TYPE = Catalogue.STATIC_COLLECTION_NEVER_CLEARED.id();
  private static final Path TEST_CLASSES = Path.of("target/test-classes");
  private static final Path TEST_SOURCES = Path.of("src/test/java");
  /** Jars the samples compile against, so SpotBugs can read framework supertypes. */
  private static final List<Class<?>> FRAMEWORK_CLASSES =
      List.of(
          org.junit.jupiter.api.Test.class,
          org.junit.jupiter.params.ParameterizedTest.class,
          org.mockito.Mockito.class,
          org.junit.Test.class,
          org.testng.annotations.Test.class,
          com.google.common.collect.Multimap.class,
          edu.umd.cs.findbugs.annotations.SuppressFBWarnings.class);

  /** A finding the markers of a sample expect: the class (simple, with {@code $} for nested) and method. */
  record Expected(String className, String method) {}

  static Expected at(String className, String method) {
    return new Expected(className, method);
  }

  private SampleAnalysis() {}

  /** This plugin's StaticCollectionNeverCleared findings on the samples (each with its nested classes). */
  static List<BugInstance> findings(SpotBugsRunner spotbugs, Class<?>... samples) {
    return findings(spotbugs, Catalogue.STATIC_COLLECTION_NEVER_CLEARED, samples);
  }

  /** This plugin's findings of {@code rule} when SpotBugs analyses the samples (each with its nested classes). */
  static List<BugInstance> findings(SpotBugsRunner spotbugs, Rule rule, Class<?>... samples) {
    spotbugs.addAuxClasspathEntry(engine -> {}, TEST_CLASSES.toAbsolutePath());
    for (Class<?> framework : FRAMEWORK_CLASSES) {
      spotbugs.addAuxClasspathEntry(engine -> {}, jarOf(framework));
    }
    Path[] files = Stream.of(samples).flatMap(SampleAnalysis::classFiles).toArray(Path[]::new);
    BugCollection bugs = spotbugs.performAnalysis(files);
    return bugs.getCollection().stream().filter(bug -> bug.getType().equals(rule.id())).collect(Collectors.toList());
  }

  /** Asserts exactly the expected findings, one per {@code // BUG} marker of the sample, in marker order. */
  static void assertFindings(List<BugInstance> bugs, Class<?> sample, Expected... expected) {
    List<Integer> lines = markerLines(sample);
    String type = bugs.isEmpty() ? TYPE : bugs.get(0).getType();
    assertThat(lines).as("// BUG markers in %s", sample.getSimpleName()).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(
          describe(bugs),
          bugs,
          hasItem(
              new BugInstanceMatcherBuilder()
                  .bugType(type)
                  .inClass(expected[i].className())
                  .inMethod(expected[i].method())
                  .atLine(lines.get(i))
                  .build()));
    }
    assertThat(bugs).as(describe(bugs)).hasSize(expected.length);
  }

  static void assertNoFindings(List<BugInstance> bugs) {
    assertThat(bugs).as(describe(bugs)).isEmpty();
  }

  static String describe(List<BugInstance> bugs) {
    return bugs.stream()
        .map(b -> b.getPrimaryClass().getClassName() + "." + b.getPrimaryMethod().getMethodName()
            + ":" + b.getPrimarySourceLineAnnotation().getStartLine() + " " + b.getMessageWithoutPrefix())
        .collect(Collectors.joining("\n", "findings:\n", ""));
  }

  /** The 1-based lines of the sample's source that carry a {@code // BUG} marker. */
  static List<Integer> markerLines(Class<?> sample) {
    Path source = TEST_SOURCES.resolve(sample.getName().replace('.', '/') + ".java");
    try {
      List<String> text = Files.readAllLines(source);
      return IntStream.range(0, text.size())
          .filter(i -> text.get(i).contains("// BUG"))
          .mapToObj(i -> i + 1)
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> classFiles(Class<?> sample) {
    Path dir = TEST_CLASSES.resolve(sample.getPackageName().replace('.', '/'));
    String name = sample.getSimpleName();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> result = new ArrayList<>();
      files
          .filter(f -> {
            String file = f.getFileName().toString();
            return file.equals(name + ".class") || file.startsWith(name + "$");
          })
          .map(Path::toAbsolutePath)
          .forEach(result::add);
      return result.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
