package dev.testleak.errorprone.report;

import dev.testleak.catalogue.RulesJson;
import java.util.Comparator;

/**
 * One line of the Error Prone diagnostics file: a testleak finding as Error Prone reported it.
 *
 * @param line 1-based
 * @param column 1-based
 * @param message without Error Prone's {@code [CheckName] } prefix and {@code (see <link>)} line
 */
record ReportedFinding(
    String ruleId,
    String severity,
    String file,
    long line,
    long column,
    long endLine,
    long endColumn,
    String message) {
  /** The file's order: by file, line, column, rule. */
  static final Comparator<ReportedFinding> ORDER =
      Comparator.comparing(ReportedFinding::file)
          .thenComparingLong(ReportedFinding::line)
          .thenComparingLong(ReportedFinding::column)
          .thenComparing(ReportedFinding::ruleId)
          .thenComparing(ReportedFinding::message);

  /** The finding as one JSON object, without a line terminator. */
  String toJson() {
    return "{\"ruleId\":"
        + quote(ruleId)
        + ",\"severity\":"
        + quote(severity)
        + ",\"file\":"
        + quote(file)
        + ",\"line\":"
        + line
        + ",\"column\":"
        + column
        + ",\"endLine\":"
        + endLine
        + ",\"endColumn\":"
        + endColumn
        + ",\"message\":"
        + quote(message)
        + "}";
  }

  private static String quote(String s) {
    return RulesJson.quote(s);
  }
}
