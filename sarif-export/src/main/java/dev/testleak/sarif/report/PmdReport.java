package dev.testleak.sarif.report;

import static dev.testleak.sarif.report.SafeXml.attribute;
import static dev.testleak.sarif.report.SafeXml.children;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.catalogue.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads PMD's XML report ({@code pmd.xml} of maven-pmd-plugin, a {@code <pmd>} element in the {@code
 * http://pmd.sourceforge.net/report/2.0.0} namespace): {@code <file name="/abs/Foo.java">} elements
 * holding {@code <violation beginline endline begincolumn endcolumn rule ...>message</violation>}.
 * PMD's end column is exclusive, as in SARIF. Processing errors ({@code <error>}: a file PMD could not
 * parse or a rule that crashed) and configuration errors ({@code <configerror>}) are not findings:
 * {@link #readReport} returns them as error notifications. {@code <suppressedviolation>} elements
 * (written when PMD's renderer shows suppressed violations) carry a file and a message but no rule
 * name and no line: the rule is recognised by its catalogue message template, and the finding is
 * placed at the file (line 0).
 */
public final class PmdReport {
  private PmdReport() {}

  /** The findings of catalogue rules in the report, in {@link Finding#ORDER}. */
  public static List<Finding> read(Path xml, Path repoRoot) throws ReportException {
    return readReport(xml, repoRoot).findings();
  }

  public static EngineReport readReport(Path xml, Path repoRoot) throws ReportException {
    Document document = SafeXml.parse(xml, ReportFiles.readUtf8(xml, false));
    Element root = document.getDocumentElement();
    if (!"pmd".equals(SafeXml.localName(root))) {
      throw new ReportException(
          xml, "not a PMD XML report (root element <" + SafeXml.localName(root) + ">, expected <pmd>)");
    }
    List<Finding> findings = new ArrayList<>();
    // Equal messages share one string.
    Map<String, String> messages = new HashMap<>();
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
                Engine.PMD, ruleId, path, line, column, endLine, endColumn,
                messages.computeIfAbsent(violation.getTextContent().strip(), m -> m)));
      }
    }
    findings.sort(Finding.ORDER);
    List<EngineReport.Suppressed> suppressed = new ArrayList<>();
    for (Element violation : children(root, "suppressedviolation")) {
      String name = attribute(violation, "filename");
      String message = attribute(violation, "msg");
      if (name == null || name.isBlank() || message == null) {
        throw new ReportException(xml, "<suppressedviolation> without filename or msg");
      }
      Optional<Rule> rule = RuleMessages.ruleOf(message);
      if (rule.isEmpty()) {
        continue;
      }
      String type = String.valueOf(attribute(violation, "suppressiontype"));
      String userMessage = attribute(violation, "usermsg");
      suppressed.add(
          new EngineReport.Suppressed(
              new Finding(Engine.PMD, rule.get().id(), ReportFiles.repositoryPath(xml, repoRoot, name), 0, 0, 0, 0, message.strip()),
              type.equals("nopmd") || type.equals("annotation") ? "inSource" : "external",
              userMessage == null ? "" : userMessage.strip()));
    }
    List<EngineReport.Notification> notifications = new ArrayList<>();
    for (Element error : children(root, "error")) {
      notifications.add(
          new EngineReport.Notification(
              EngineReport.Notification.Level.ERROR,
              "PMD could not analyse " + String.valueOf(attribute(error, "filename")) + ": "
                  + String.valueOf(attribute(error, "msg"))));
    }
    for (Element error : children(root, "configerror")) {
      notifications.add(
          new EngineReport.Notification(
              EngineReport.Notification.Level.ERROR,
              "PMD configuration error in rule " + String.valueOf(attribute(error, "rule")) + ": "
                  + String.valueOf(attribute(error, "msg"))));
    }
    return new EngineReport(xml, Engine.PMD, findings, suppressed, notifications);
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
