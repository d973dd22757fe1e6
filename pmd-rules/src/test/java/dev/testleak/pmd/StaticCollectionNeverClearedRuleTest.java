package dev.testleak.pmd;

import java.util.List;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.test.PmdRuleTst;

/**
 * Runs the cases of {@code xml/StaticCollectionNeverCleared.xml} with PMD's own rule-test harness,
 * on the rule as the shipped ruleset declares it.
 */
class StaticCollectionNeverClearedRuleTest extends PmdRuleTst {
  @Override
  protected List<Rule> getRules() {
    return List.of(findRule(TestleakRuleset.RESOURCE, "StaticCollectionNeverCleared"));
  }
}
