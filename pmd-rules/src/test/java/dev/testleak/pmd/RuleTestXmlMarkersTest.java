package dev.testleak.pmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rule-test XML states expected lines twice: in {@code <expected-linenumbers>} for PMD's
 * harness and as a marker comment on the line itself, for readers. This test keeps the two equal,
 * so a moved line cannot leave a stale expectation behind.
 */
class RuleTestXmlMarkersTest {
  /** Rules whose rule-test XML exists; each marks its expected lines with {@code // <RuleId>}. */
  static List<Rule> rulesWithXml() {
    return Catalogue.rules().stream()
        .filter(rule -> RuleTestXmlMarkersTest.class.getResource("xml/" + rule.id() + ".xml") != null)
        .collect(Collectors.toList());
  }

  @Test
  void everyRuleOfTheRulesetHasRuleTestXml() {
    RuleSet ruleSet = new RuleSetLoader().loadFromResource(TestleakRuleset.RESOURCE);
    assertThat(rulesWithXml().stream().map(Rule::id))
        .containsExactlyInAnyOrderElementsOf(ruleSet.getRules().stream().map(r -> r.getName()).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("rulesWithXml")
  void expectedLinesAreTheMarkedLines(Rule rule) throws Exception {
    String marker = "// " + rule.id();
    Document xml;
    try (InputStream in = getClass().getResourceAsStream("xml/" + rule.id() + ".xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      xml = factory.newDocumentBuilder().parse(in);
    }
    NodeList tests = xml.getElementsByTagNameNS("*", "test-code");
    assertThat(tests.getLength()).as(rule.id()).isGreaterThanOrEqualTo(15);
    for (int i = 0; i < tests.getLength(); i++) {
      Element test = (Element) tests.item(i);
      String description = text(test, "description");
      String[] lines = text(test, "code").replaceFirst("^\\r?\\n", "").split("\\r?\\n", -1);
      List<Integer> marked = new ArrayList<>();
      for (int line = 0; line < lines.length; line++) {
        if (lines[line].contains(marker)) {
          marked.add(line + 1);
        }
      }
      assertThat(Integer.parseInt(text(test, "expected-problems"))).as(description).isEqualTo(marked.size());
      String expectedLines = text(test, "expected-linenumbers");
      List<Integer> expected =
          expectedLines.isBlank()
              ? List.of()
              : Arrays.stream(expectedLines.split(",")).map(String::trim).map(Integer::valueOf).collect(Collectors.toList());
      assertThat(expected).as(description).isEqualTo(marked);
    }
  }

  private static String text(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS("*", name);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
  }
}
