package dev.testleak.errorprone.report;

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
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
