package dev.testleak.pmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.catalogue.Rule;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.lang.rule.RuleSetLoadException;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;
import net.sourceforge.pmd.test.RuleSetAssertions;
import net.sourceforge.pmd.util.log.PmdReporter;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** The shipped ruleset, loaded by PMD itself, agrees with the catalogue. */
class TestleakRulesetTest {
  private static RuleSet load() {
    return new RuleSetLoader().loadFromResource(TestleakRuleset.RESOURCE);
  }

  private static List<Rule> pmdRules() {
    return Catalogue.rules().stream().filter(r -> r.engines().contains(Engine.PMD)).collect(Collectors.toList());
  }

  @Test
  void everyPmdRuleOfTheCatalogueIsInTheRulesetAsTheCatalogueDescribesIt() {
    RuleSet ruleSet = load();
    for (Rule rule : pmdRules()) {
      net.sourceforge.pmd.lang.rule.Rule pmd = ruleSet.getRuleByName(rule.id());
      assertThat(pmd).as(rule.id()).isNotNull();
      assertThat(pmd.getName()).isEqualTo(rule.id());
      assertThat(pmd.getMessage()).as(rule.id() + " message").isEqualTo(rule.message());
      assertThat(pmd.getPriority().getPriority()).as(rule.id() + " priority").isEqualTo(rule.severity().pmdPriority());
      assertThat(normalized(pmd.getDescription())).as(rule.id() + " description")
          .contains(normalized(rule.summary()))
          .contains(normalized(rule.explanation()));
      assertThat(pmd.getExternalInfoUrl()).isEqualTo(rule.helpUri());
      assertThat(pmd.getLanguage().getId()).isEqualTo("java");
      assertThat(pmd.getSince()).isNotBlank();
      assertThat(pmd.getExamples()).as(rule.id() + " examples").isNotEmpty();
      assertThat(pmd.getRuleClass()).isEqualTo("dev.testleak.pmd." + rule.id() + "Rule");
    }
  }

  @Test
  void everyRuleOfTheRulesetIsACatalogueRuleAndNoneIsDeprecated() {
    RuleSet ruleSet = load();
    assertThat(ruleSet.getRules()).hasSize(pmdRules().size());
    for (net.sourceforge.pmd.lang.rule.Rule pmd : ruleSet.getRules()) {
      assertThat(Catalogue.find(pmd.getName())).as(pmd.getName()).isPresent();
      assertThat(Catalogue.get(pmd.getName()).engines()).contains(Engine.PMD);
      assertThat(pmd.isDeprecated()).as(pmd.getName()).isFalse();
    }
  }

  @Test
  void everyCatalogueOptionIsARuleProperty() {
    for (Rule rule : pmdRules()) {
      net.sourceforge.pmd.lang.rule.Rule pmd = load().getRuleByName(rule.id());
      assertThat(pmd.getPropertyDescriptor(Catalogue.TEST_SOURCE_PATTERN.name())).isNotNull();
      assertThat(pmd.getPropertyDescriptor(Catalogue.TEST_SOURCE_PATTERN.name()).defaultValue().toString())
          .isEqualTo(Catalogue.TEST_SOURCE_PATTERN.defaultValue());
    }
  }

  @Test
  void loadsWithoutWarnings() {
    RuleSetAssertions.assertNoWarnings(TestleakRuleset.RESOURCE);
  }

  @Test
  void anInvalidTestSourcePatternFailsWithAClearError() {
    String ruleset =
        "<?xml version=\"1.0\"?>\n"
            + "<ruleset name=\"custom\" xmlns=\"http://pmd.sourceforge.net/ruleset/2.0.0\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"http://pmd.sourceforge.net/ruleset/2.0.0 https://pmd.sourceforge.io/ruleset_2_0_0.xsd\">\n"
            + "  <description>custom</description>\n"
            + "  <rule ref=\"" + TestleakRuleset.RESOURCE + "/StaticCollectionNeverCleared\">\n"
            + "    <properties><property name=\"testSourcePattern\" value=\"src/(test\"/></properties>\n"
            + "  </rule>\n"
            + "</ruleset>\n";
    CapturingReporter reporter = new CapturingReporter();
    PMDConfiguration configuration = new PMDConfiguration();
    configuration.setReporter(reporter);
    assertThatThrownBy(() -> RuleSetLoader.fromPmdConfig(configuration).loadFromString("custom.xml", ruleset))
        .isInstanceOf(RuleSetLoadException.class);
    assertThat(reporter.messages)
        .anySatisfy(m -> assertThat(m).contains("testSourcePattern").contains("src/(test"));
  }

  /** Keeps what PMD reports while loading a ruleset. */
  private static final class CapturingReporter implements PmdReporter {
    final List<String> messages = new ArrayList<>();
    private int errors;

    @Override
    public boolean isLoggable(Level level) {
      return true;
    }

    @Override
    public void logEx(Level level, String message, Object[] formatArgs, Throwable error) {
      String text = message == null ? "" : MessageFormat.format(message.replace("'", "''"), formatArgs);
      messages.add(text + (error == null ? "" : " " + error));
      if (level == Level.ERROR) {
        errors++;
      }
    }

    @Override
    public int numErrors() {
      return errors;
    }
  }

  private static String normalized(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
