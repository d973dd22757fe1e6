package dev.testleak.conformance;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.catalogue.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The findings the corpus expects, read from markers at the end of the line where a finding belongs:
 *
 * <pre>{@code
 * SEEN.add("x"); // expect: StaticCollectionNeverCleared
 * EVENTS.add("y"); // expect: StaticCollectionNeverCleared !pmd:teardown-in-other-file
 * }</pre>
 *
 * <p>Each rule id expects one finding from every engine that implements the rule. {@code
 * !engine:key} after a rule id says that engine knowingly does not report here; {@code key} must be a
 * divergence the catalogue declares for that rule and engine, so every difference between engines is
 * written down with its reason. A rule id may repeat on a line for several findings there.
 */
final class CorpusExpectations {
  private static final Pattern MARKER = Pattern.compile("//\\s*expect:\\s*(.*)$");
  private static final Pattern EXCEPTION = Pattern.compile("!([a-z]+):([a-z0-9-]+)");

  private final Map<Engine, Map<FindingKey, Integer>> expected;
  private final int markerCount;

  private CorpusExpectations(Map<Engine, Map<FindingKey, Integer>> expected, int markerCount) {
    this.expected = expected;
    this.markerCount = markerCount;
  }

  /** Reads every {@code .java} file below {@code sourceRoot}; paths are made relative to {@code repoRoot}. */
  static CorpusExpectations read(Path repoRoot, Path sourceRoot) {
    Map<Engine, Map<FindingKey, Integer>> expected = new EnumMap<>(Engine.class);
    for (Engine engine : Engine.values()) {
      expected.put(engine, new TreeMap<>());
    }
    int markers = 0;
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String path = repoRoot.toAbsolutePath().normalize()
            .relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher marker = MARKER.matcher(lines.get(i));
          if (marker.find()) {
            markers++;
            parseMarker(marker.group(1).trim(), path, i + 1, expected);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CorpusExpectations(expected, markers);
  }

  /** Parses the text after {@code expect:}; public to the package so the self-test can feed it. */
  static void parseMarker(
      String text, String path, int line, Map<Engine, Map<FindingKey, Integer>> expected) {
    String where = path + ":" + line;
    Rule current = null;
    Set<Engine> excluded = EnumSet.noneOf(Engine.class);
    List<Object[]> pending = new ArrayList<>();
    for (String token : text.split("\\s+")) {
      Matcher exception = EXCEPTION.matcher(token);
      if (exception.matches()) {
        if (current == null) {
          throw new IllegalArgumentException(where + ": '" + token + "' must follow a rule id");
        }
        Engine engine = Engine.fromId(exception.group(1));
        String key = exception.group(2);
        if (current.divergence(engine, key).isEmpty()) {
          throw new IllegalArgumentException(
              where + ": the catalogue declares no divergence '" + key + "' of " + engine.id()
                  + " for " + current.id() + "; declare it with its reason or fix the engine");
        }
        excluded.add(engine);
      } else {
        if (current != null) {
          pending.add(new Object[] {current, excluded});
        }
        current = Catalogue.find(token).orElseThrow(
            () -> new IllegalArgumentException(where + ": unknown rule id '" + token + "'"));
        excluded = EnumSet.noneOf(Engine.class);
      }
    }
    if (current == null) {
      throw new IllegalArgumentException(where + ": 'expect:' names no rule");
    }
    pending.add(new Object[] {current, excluded});
    for (Object[] entry : pending) {
      Rule rule = (Rule) entry[0];
      @SuppressWarnings("unchecked")
      Set<Engine> notHere = (Set<Engine>) entry[1];
      for (Engine engine : rule.engines()) {
        if (!notHere.contains(engine)) {
          expected.get(engine).merge(new FindingKey(rule.id(), path, line), 1, Integer::sum);
        }
      }
    }
  }

  /** Expected findings of one engine, with how many on each line. */
  Map<FindingKey, Integer> forEngine(Engine engine) {
    return expected.get(engine);
  }

  int markerCount() {
    return markerCount;
  }
}
