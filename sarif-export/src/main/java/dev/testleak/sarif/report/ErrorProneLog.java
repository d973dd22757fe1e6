package dev.testleak.sarif.report;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.sarif.report.EngineReport.Notification;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Error Prone's findings from a compiler log, the alternative to the {@code TestleakReport}
 * diagnostics file when only the build output is at hand. Two shapes of diagnostic line are
 * understood:
 *
 * <ul>
 *   <li>Maven's: {@code [WARNING] /abs/FooTest.java:[12,34] [RuleId] message} (also {@code [ERROR]});
 *   <li>plain javac's: {@code src/test/java/FooTest.java:12: warning: [RuleId] message} (no column).
 * </ul>
 *
 * Every other line (Maven's progress, the source line and caret javac prints under a diagnostic, the
 * {@code (see ...)} link, other tools' output) is foreign and ignored; so are diagnostics of checks
 * that are not catalogue rules. A relative file name is resolved against the repository root. What
 * says the compilation itself failed (a javac error, Error Prone crashing, Maven's {@code COMPILATION
 * ERROR}) becomes an error {@link Notification}: the findings may be incomplete. The log must be
 * UTF-8 and not empty (a Maven log never is).
 */
public final class ErrorProneLog {
  private static final Pattern MAVEN =
      Pattern.compile(
          "^\\[(WARNING|ERROR|INFO)\\]\\s+(.+?\\.java):\\[(\\d{1,9}),(\\d{1,9})\\]\\s+(?:(?:warning|error):\\s+)?"
              + "(?:\\[([A-Za-z][A-Za-z0-9]*)\\]\\s+)?(.*)$");
  private static final Pattern JAVAC =
      Pattern.compile("^(.+?\\.java):(\\d{1,9}):\\s+(warning|error):\\s+(?:\\[([A-Za-z][A-Za-z0-9]*)\\]\\s+)?(.*)$");
  private static final Pattern CRASH =
      Pattern.compile(".*(An unhandled exception was thrown by the Error Prone static analysis plugin"
          + "|An exception has occurred in the compiler|plug-in not found: \\S+).*");

  private ErrorProneLog() {}

  /** The findings of catalogue rules in the log, in {@link Finding#ORDER}. */
  public static List<Finding> read(Path log, Path repoRoot) throws ReportException {
    return readReport(log, repoRoot).findings();
  }

  public static EngineReport readReport(Path log, Path repoRoot) throws ReportException {
    // Checked whole first (UTF-8, not blank), then read a line at a time: a build log can be far
    // larger than the findings in it, and a half-read log must not give half the findings.
    ReportFiles.checkUtf8(log);
    List<Finding> findings = new ArrayList<>();
    List<Notification> notifications = new ArrayList<>();
    try (BufferedReader reader = ReportFiles.openUtf8(log)) {
      String raw;
      while ((raw = reader.readLine()) != null) {
        readLine(log, repoRoot, stripAnsi(raw).stripTrailing(), findings, notifications);
      }
    } catch (IOException | SecurityException e) {
      throw new ReportException(log, "cannot read: " + e, e);
    }
    findings.sort(Finding.ORDER);
    return new EngineReport(log, Engine.ERROR_PRONE, findings, List.of(), notifications.stream().distinct().toList());
  }

  /** One line of the log: a finding of a catalogue rule, a sign that the compilation failed, or nothing. */
  private static void readLine(
      Path log, Path repoRoot, String line, List<Finding> findings, List<Notification> notifications)
      throws ReportException {
    Matcher maven = MAVEN.matcher(line);
    Matcher javac = JAVAC.matcher(line);
    String file;
    int lineNumber;
    int column;
    boolean error;
    String ruleId;
    String message;
    if (maven.matches()) {
      file = maven.group(2);
      lineNumber = Integer.parseInt(maven.group(3));
      column = Integer.parseInt(maven.group(4));
      error = maven.group(1).equals("ERROR");
      ruleId = maven.group(5);
      message = maven.group(6);
    } else if (javac.matches()) {
      file = javac.group(1);
      lineNumber = Integer.parseInt(javac.group(2));
      column = 0;
      error = javac.group(3).equals("error");
      ruleId = javac.group(4);
      message = javac.group(5);
    } else {
      if (CRASH.matcher(line).matches()) {
        notifications.add(new Notification(Notification.Level.ERROR, "Error Prone failed: " + line.strip()));
      } else if (line.equals("[ERROR] COMPILATION ERROR :") || line.startsWith("[ERROR] COMPILATION ERROR")) {
        notifications.add(new Notification(Notification.Level.ERROR, "the compilation failed, so Error Prone's findings may be incomplete"));
      }
      return;
    }
    if (ruleId != null && Catalogue.find(ruleId).isPresent()) {
      findings.add(
          new Finding(
              Engine.ERROR_PRONE,
              Catalogue.get(ruleId).id(),
              ReportFiles.repositoryPath(log, repoRoot, file.strip()),
              Math.max(lineNumber, 0),
              column,
              Math.max(lineNumber, 0),
              0,
              message.strip()));
    } else if (error) {
      notifications.add(
          new Notification(
              Notification.Level.ERROR,
              "compilation error in " + file.strip() + ":" + lineNumber + ": "
                  + (ruleId != null ? "[" + ruleId + "] " : "") + message.strip()));
    }
  }

  /** Maven colours its output when it thinks a terminal is attached; the escapes are not text. */
  private static String stripAnsi(String line) {
    return line.indexOf('\u001b') < 0 ? line : line.replaceAll("\u001b\\[[0-9;]*[A-Za-z]", "");
  }
}
