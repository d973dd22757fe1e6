package dev.testleak.sarif.report;

import static dev.testleak.sarif.report.SafeXml.attribute;
import static dev.testleak.sarif.report.SafeXml.children;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads PMD's XML report ({@code pmd.xml} of maven-pmd-plugin, a {@code <pmd>} element in the {@code
 * http://pmd.sourceforge.net/report/2.0.0} namespace): {@code <file name="/abs/Foo.java">} elements
 * holding {@code <violation beginline endline begincolumn endcolumn rule ...>message</violation>}.
 * PMD's end column is exclusive, as in SARIF. Processing errors ({@code <error>}) are not findings and
 * are skipped.
 */
public final class PmdReport {
  private PmdReport() {}

  /** The findings of catalogue rules in the report, in {@link Finding#ORDER}. */
  public static List<Finding> read(Path xml, Path repoRoot) throws ReportException {
    Document document = SafeXml.parse(xml, ReportFiles.readUtf8(xml, false));
    Element root = document.getDocumentElement();
    if (!"pmd".equals(SafeXml.localName(root))) {
      throw new ReportException(
          xml, "not a PMD XML report (root element <" + SafeXml.localName(root) + ">, expected <pmd>)");
    }
    List<Finding> findings = new ArrayList<>();
    for (Element file : children(root, "file")) {
      String name = attribute(file, "name");
      if (name == null || name.isBlank()) {
        throw new ReportException(xml, "<file> without a name");
      }
      String path = null;
      for (Element violation : children(file, "violation")) {
        String ruleId = attribute(violation, "rule");
        if (ruleId == null || Catalogue.find(ruleId).isEmpty()) {
          continue;
        }
        if (path == null) {
          path = ReportFiles.repositoryPath(xml, repoRoot, name);
        }
        String where = "violation of " + ruleId + " in " + name;
        int line = number(xml, where, violation, "beginline", 1, -1);
        int endLine = Math.max(line, number(xml, where, violation, "endline", 1, line));
        int column = number(xml, where, violation, "begincolumn", 0, 0);
        int endColumn = number(xml, where, violation, "endcolumn", 0, 0);
        findings.add(
            new Finding(
                Engine.PMD, ruleId, path, line, column, endLine, endColumn, violation.getTextContent().strip()));
      }
    }
    findings.sort(Finding.ORDER);
    return List.copyOf(findings);
  }

  /** An integer attribute of at least {@code min}; {@code absent} when missing (-1: required). */
  private static int number(Path xml, String where, Element element, String name, int min, int absent)
      throws ReportException {
    String value = attribute(element, name);
    if (value == null || value.isBlank()) {
      if (absent < 0) {
        throw new ReportException(xml, where + ": attribute " + name + " is missing");
      }
      return absent;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ReportException(
        xml, where + ": attribute " + name + "='" + value + "' is not an integer of at least " + min);
  }
}
