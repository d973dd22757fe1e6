package dev.testleak.pmd;

import java.util.List;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.test.PmdRuleTst;

/** Runs the cases of {@code xml/ResourceLeakedPerInvocation.xml} with PMD's rule-test harness, on the rule as the shipped ruleset declares it. */
class ResourceLeakedPerInvocationRuleTest extends PmdRuleTst {
  @Override
  protected List<Rule> getRules() {
    return List.of(findRule(TestleakRuleset.RESOURCE, "ResourceLeakedPerInvocation"));
  }
}
