package dev.testleak.conformance;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.catalogue.Rule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Expected against found, per engine, as multisets of {@link FindingKey}: what was missed, what was
 * reported unexpectedly, and the rule × engine matrix.
 */
final class ConformanceReport {
  private final Map<Engine, Map<FindingKey, Integer>> expected = new EnumMap<>(Engine.class);
  private final Map<Engine, Map<FindingKey, Integer>> found = new EnumMap<>(Engine.class);

  void add(Engine engine, Map<FindingKey, Integer> expectedOfEngine, List<FindingKey> foundOfEngine) {
    expected.put(engine, new TreeMap<>(expectedOfEngine));
    Map<FindingKey, Integer> counts = new TreeMap<>();
    foundOfEngine.forEach(key -> counts.merge(key, 1, Integer::sum));
    found.put(engine, counts);
  }

  /** Findings the engine should have reported and did not (with multiplicity). */
  List<FindingKey> missed(Engine engine) {
    return difference(expected.get(engine), found.get(engine));
  }

  /** Findings the engine reported that no marker expects (with multiplicity). */
  List<FindingKey> unexpected(Engine engine) {
    return difference(found.get(engine), expected.get(engine));
  }

  boolean conformant() {
    return expected.keySet().stream().allMatch(e -> missed(e).isEmpty() && unexpected(e).isEmpty());
  }

  private static List<FindingKey> difference(Map<FindingKey, Integer> a, Map<FindingKey, Integer> b) {
    List<FindingKey> out = new ArrayList<>();
    a.forEach((key, count) -> {
      for (int i = b.getOrDefault(key, 0); i < count; i++) {
        out.add(key);
      }
    });
    return out;
  }

  private static int count(Map<FindingKey, Integer> findings, String ruleId) {
    return findings.entrySet().stream()
        .filter(e -> e.getKey().ruleId().equals(ruleId)).mapToInt(Map.Entry::getValue).sum();
  }

  private static long count(List<FindingKey> findings, String ruleId) {
    return findings.stream().filter(k -> k.ruleId().equals(ruleId)).count();
  }

  /** The rule × engine matrix and the list of every difference, for the build log. */
  String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-32s %-10s %8s %6s %7s %11s%n",
        "rule", "engine", "expected", "found", "missed", "unexpected"));
    TreeSet<String> ruleIds = new TreeSet<>();
    Catalogue.rules().stream().map(Rule::id).forEach(ruleIds::add);
    for (String ruleId : ruleIds) {
      for (Engine engine : expected.keySet()) {
        out.append(String.format("%-32s %-10s %8d %6d %7d %11d%n", ruleId, engine.id(),
            count(expected.get(engine), ruleId), count(found.get(engine), ruleId),
            count(missed(engine), ruleId), count(unexpected(engine), ruleId)));
      }
    }
    for (Engine engine : expected.keySet()) {
      missed(engine).forEach(k -> out.append("MISSED     ").append(engine.id()).append(' ').append(k).append('\n'));
      unexpected(engine).forEach(k -> out.append("UNEXPECTED ").append(engine.id()).append(' ').append(k).append('\n'));
    }
    return out.toString();
  }
}
