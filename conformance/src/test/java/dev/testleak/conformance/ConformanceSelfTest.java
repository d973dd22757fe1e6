package dev.testleak.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testleak.catalogue.Engine;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Proves the conformance suite can fail: a wrong expectation, a missing finding, an extra finding,
 * a duplicate, an unknown rule and an undeclared divergence are all caught.
 */
class ConformanceSelfTest {
  private static final String RULE = "StaticCollectionNeverCleared";

  private static Map<Engine, Map<FindingKey, Integer>> parse(String marker, String path, int line) {
    Map<Engine, Map<FindingKey, Integer>> expected = new EnumMap<>(Engine.class);
    for (Engine engine : Engine.values()) {
      expected.put(engine, new TreeMap<>());
    }
    CorpusExpectations.parseMarker(marker, path, line, expected);
    return expected;
  }

  @Test
  void aMarkerExpectsOneFindingFromEveryEngineOfTheRule() {
    Map<Engine, Map<FindingKey, Integer>> expected = parse(RULE, "A.java", 3);
    for (Engine engine : Engine.values()) {
      assertThat(expected.get(engine)).containsEntry(new FindingKey(RULE, "A.java", 3), 1);
    }
  }

  @Test
  void aDeclaredDivergenceRemovesOnlyThatEngine() {
    Map<Engine, Map<FindingKey, Integer>> expected = parse(RULE + " !pmd:teardown-in-other-file", "A.java", 3);
    assertThat(expected.get(Engine.PMD)).isEmpty();
    assertThat(expected.get(Engine.SPOTBUGS)).hasSize(1);
  }

  @Test
  void anUndeclaredDivergenceIsRejected() {
    assertThatThrownBy(() -> parse(RULE + " !pmd:because-i-said-so", "A.java", 3))
        .hasMessageContaining("declares no divergence 'because-i-said-so'");
  }

  @Test
  void anUnknownRuleIsRejected() {
    assertThatThrownBy(() -> parse("NoSuchRule", "A.java", 3)).hasMessageContaining("unknown rule id");
  }

  @Test
  void theRealFindingsWithOneExpectationMovedFailTheComparison() throws Exception {
    CorpusRun run = CorpusRun.locate();
    CorpusExpectations expectations = CorpusExpectations.read(run.repoRoot, run.sources());
    Engine engine = Engine.SPOTBUGS;
    List<FindingKey> found = run.keys(engine);
    Map<FindingKey, Integer> wrong = new TreeMap<>(expectations.forEngine(engine));
    FindingKey real = wrong.keySet().iterator().next();
    wrong.remove(real);
    FindingKey moved = new FindingKey(real.ruleId(), real.path(), real.line() + 1);
    wrong.put(moved, 1);

    ConformanceReport report = new ConformanceReport();
    report.add(engine, wrong, found);
    assertThat(report.conformant()).isFalse();
    assertThat(report.missed(engine)).containsExactly(moved);
    assertThat(report.unexpected(engine)).containsExactly(real);
    assertThat(report.render()).contains("MISSED     spotbugs " + moved).contains("UNEXPECTED spotbugs " + real);
  }

  @Test
  void aDuplicateFindingIsUnexpected() {
    FindingKey key = new FindingKey(RULE, "A.java", 3);
    ConformanceReport report = new ConformanceReport();
    report.add(Engine.PMD, Map.of(key, 1), new ArrayList<>(List.of(key, key)));
    assertThat(report.unexpected(Engine.PMD)).containsExactly(key);
    assertThat(report.conformant()).isFalse();
  }
}
