package dev.testleak.sarif.report;

import dev.testleak.catalogue.Engine;
import java.util.Comparator;
import java.util.Objects;

/**
 * One finding of one engine, as read from its report.
 *
 * @param engine the engine that reported it
 * @param ruleId a catalogue rule id
 * @param path the source file, relative to the repository root, with '/' separators
 * @param line 1-based line; 0 when the engine gives no line (a SpotBugs bug without line numbers)
 * @param column 1-based column, 0 when the engine does not know it
 * @param endLine 1-based last line of the flagged code (equal to {@code line} when the engine only
 *     gives one line)
 * @param endColumn exclusive 1-based end column, 0 when the engine does not know it
 * @param message the finding's message, as the engine printed it
 */
public record Finding(
    Engine engine, String ruleId, String path, int line, int column, int endLine, int endColumn, String message) {

  /**
   * The order readers return findings in and the SARIF results are written in: by path, line,
   * column, end line, end column, rule, engine and message. Written out rather than chained, as it
   * sorts every finding of every report.
   */
  public static final Comparator<Finding> ORDER = Finding::compare;

  private static int compare(Finding a, Finding b) {
    int c = a.path == b.path ? 0 : a.path.compareTo(b.path);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.line, b.line);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.column, b.column);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.endLine, b.endLine);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.endColumn, b.endColumn);
    if (c != 0) {
      return c;
    }
    c = a.ruleId == b.ruleId ? 0 : a.ruleId.compareTo(b.ruleId);
    if (c != 0) {
      return c;
    }
    c = a.engine.compareTo(b.engine);
    if (c != 0) {
      return c;
    }
    return a.message == b.message ? 0 : a.message.compareTo(b.message);
  }

  public Finding {
    Objects.requireNonNull(engine);
    Objects.requireNonNull(ruleId);
    Objects.requireNonNull(path);
    Objects.requireNonNull(message);
    if (line < 0 || column < 0 || endLine < 0 || endColumn < 0) {
      throw new IllegalArgumentException("negative position in " + path + ":" + line);
    }
  }
}
