package dev.testleak.sarif.report;

import static dev.testleak.sarif.report.SafeXml.attribute;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.catalogue.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

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
    return SafeXml.read(xml, reader -> read(xml, repoRoot, reader));
  }

  /** A {@code <suppressedviolation>}'s attributes, or an {@code <error>}'s or {@code <configerror>}'s. */
  private record Raw(String file, String message, String type, String userMessage) {}

  private static EngineReport read(Path xml, Path repoRoot, XMLStreamReader reader) throws ReportException {
    while (SafeXml.next(xml, reader) != XMLStreamConstants.START_ELEMENT) {
      // the prolog
    }
    if (!"pmd".equals(reader.getLocalName())) {
      String name = reader.getLocalName();
      SafeXml.drain(xml, reader);
      throw new ReportException(xml, "not a PMD XML report (root element <" + name + ">, expected <pmd>)");
    }
    List<Finding> findings = new ArrayList<>();
    // Equal messages share one string.
    Map<String, String> messages = new HashMap<>();
    List<Raw> suppressedViolations = new ArrayList<>();
    List<Raw> errors = new ArrayList<>();
    List<Raw> configErrors = new ArrayList<>();
    // The first problem with the content; the rest of the document is still read for well-formedness.
    ReportException problem = null;
    int event;
    while ((event = SafeXml.next(xml, reader)) != XMLStreamConstants.END_ELEMENT) {
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (reader.getLocalName()) {
        case "file" -> {
          if (problem != null) {
            SafeXml.skip(xml, reader);
            break;
          }
          try {
            file(xml, repoRoot, reader, findings, messages);
          } catch (ReportException e) {
            problem = e;
            SafeXml.skip(xml, reader);
          }
        }
        case "suppressedviolation" -> {
          suppressedViolations.add(
              new Raw(
                  attribute(reader, "filename"), attribute(reader, "msg"), attribute(reader, "suppressiontype"), attribute(reader, "usermsg")));
          SafeXml.skip(xml, reader);
        }
        case "error" -> {
          errors.add(new Raw(attribute(reader, "filename"), attribute(reader, "msg"), null, null));
          SafeXml.skip(xml, reader);
        }
        case "configerror" -> {
          configErrors.add(new Raw(attribute(reader, "rule"), attribute(reader, "msg"), null, null));
          SafeXml.skip(xml, reader);
        }
        default -> SafeXml.skip(xml, reader);
      }
    }
    SafeXml.drain(xml, reader);
    if (problem != null) {
      throw problem;
    }
    findings.sort(Finding.ORDER);
    List<EngineReport.Suppressed> suppressed = new ArrayList<>();
    for (Raw violation : suppressedViolations) {
      String name = violation.file();
      String message = violation.message();
      if (name == null || name.isBlank() || message == null) {
        throw new ReportException(xml, "<suppressedviolation> without filename or msg");
      }
      Optional<Rule> rule = RuleMessages.ruleOf(message);
      if (rule.isEmpty()) {
        continue;
      }
      String type = String.valueOf(violation.type());
      String userMessage = violation.userMessage();
      suppressed.add(
          new EngineReport.Suppressed(
              new Finding(Engine.PMD, rule.get().id(), ReportFiles.repositoryPath(xml, repoRoot, name), 0, 0, 0, 0, message.strip()),
              type.equals("nopmd") || type.equals("annotation") ? "inSource" : "external",
              userMessage == null ? "" : userMessage.strip()));
    }
    List<EngineReport.Notification> notifications = new ArrayList<>();
    for (Raw error : errors) {
      notifications.add(
          new EngineReport.Notification(
              EngineReport.Notification.Level.ERROR,
              "PMD could not analyse " + String.valueOf(error.file()) + ": " + String.valueOf(error.message())));
    }
    for (Raw error : configErrors) {
      notifications.add(
          new EngineReport.Notification(
              EngineReport.Notification.Level.ERROR,
              "PMD configuration error in rule " + String.valueOf(error.file()) + ": " + String.valueOf(error.message())));
    }
    return new EngineReport(xml, Engine.PMD, findings, suppressed, notifications);
  }

  /** The catalogue violations of the {@code <file>} the reader is at; leaves the reader at its end. */
  private static void file(
      Path xml, Path repoRoot, XMLStreamReader reader, List<Finding> findings, Map<String, String> messages)
      throws ReportException {
    String name = attribute(reader, "name");
    if (name == null || name.isBlank()) {
      throw new ReportException(xml, "<file> without a name");
    }
    String path = null;
    int event;
    while ((event = SafeXml.next(xml, reader)) != XMLStreamConstants.END_ELEMENT) {
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String rule = "violation".equals(reader.getLocalName()) ? attribute(reader, "rule") : null;
      Optional<Rule> known = rule == null ? Optional.empty() : Catalogue.find(rule);
      if (known.isEmpty()) {
        SafeXml.skip(xml, reader);
        continue;
      }
      // The catalogue's id rather than the attribute's copy: one string shared by all the rule's findings.
      String ruleId = known.get().id();
      if (path == null) {
        path = ReportFiles.repositoryPath(xml, repoRoot, name);
      }
      String where = "violation of " + ruleId + " in " + name;
      int line = number(xml, where, reader, "beginline", 1, -1);
      int endLine = Math.max(line, number(xml, where, reader, "endline", 1, line));
      int column = number(xml, where, reader, "begincolumn", 0, 0);
      int endColumn = number(xml, where, reader, "endcolumn", 0, 0);
      String message = SafeXml.text(xml, reader).strip();
      findings.add(
          new Finding(Engine.PMD, ruleId, path, line, column, endLine, endColumn, messages.computeIfAbsent(message, m -> m)));
    }
  }

  /** An integer attribute of at least {@code min}; {@code absent} when missing (-1: required). */
  private static int number(Path xml, String where, XMLStreamReader element, String name, int min, int absent)
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
