package dev.testleak.pmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rule-test XML states expected lines twice: in {@code <expected-linenumbers>} for PMD's
 * harness and as a marker comment on the line itself, for readers. This test keeps the two equal,
 * so a moved line cannot leave a stale expectation behind.
 */
class RuleTestXmlMarkersTest {
  private static final String MARKER = "// StaticCollectionNeverCleared";

  @Test
  void expectedLinesAreTheMarkedLines() throws Exception {
    Document xml;
    try (InputStream in = getClass().getResourceAsStream("xml/StaticCollectionNeverCleared.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      xml = factory.newDocumentBuilder().parse(in);
    }
    NodeList tests = xml.getElementsByTagNameNS("*", "test-code");
    assertThat(tests.getLength()).isGreaterThan(40);
    for (int i = 0; i < tests.getLength(); i++) {
      Element test = (Element) tests.item(i);
      String description = text(test, "description");
      String[] lines = text(test, "code").replaceFirst("^\\r?\\n", "").split("\\r?\\n", -1);
      List<Integer> marked = new ArrayList<>();
      for (int line = 0; line < lines.length; line++) {
        if (lines[line].contains(MARKER)) {
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
