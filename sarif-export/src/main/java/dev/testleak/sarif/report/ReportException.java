package dev.testleak.sarif.report;

import java.nio.file.Path;

/**
 * A report that cannot be read: missing, empty, not UTF-8, malformed, hostile (a DOCTYPE), or naming
 * a source file outside the repository root. The message is one line, {@code "<file>: <problem>"},
 * ready to be printed after the tool's name.
 */
public final class ReportException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String problem;

  public ReportException(Path file, String problem) {
    this(file, problem, null);
  }

  public ReportException(Path file, String problem, Throwable cause) {
    super(oneLine(file + ": " + problem), cause);
    this.file = file.toString();
    this.problem = oneLine(problem);
  }

  /** The report (or other input) the problem is in, as it was given. */
  public String file() {
    return file;
  }

  /** What is wrong with it, without the file name. */
  public String problem() {
    return problem;
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
