package dev.testleak.sarif.report;

import dev.testleak.catalogue.Engine;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one engine report says: its findings, the findings it carries as suppressed, and what
 * the engine reported about its own execution. The readers' {@code read} methods (the contract the
 * conformance suite uses) return only {@link #findings()}; {@code readReport} returns all of it.
 *
 * <p>What the inputs can really carry as suppressed: Error Prone (its diagnostics file and the
 * compiler log) drops {@code @SuppressWarnings}'d findings before anything is written; SpotBugs drops
 * bugs matched by {@code @SuppressFBWarnings} or an exclude filter, but keeps a bug a user classified
 * in the XML as {@code NOT_A_BUG} or {@code BAD_ANALYSIS} (a {@code <UserAnnotation designation>}); PMD
 * writes {@code <suppressedviolation>} elements (a {@code // NOPMD} or {@code @SuppressWarnings}) when
 * its renderer is asked to show suppressed violations, with the file and message but neither rule
 * name nor line, so the rule is recovered from the catalogue's message template and the finding is
 * anchored at the file.
 *
 * @param file the report that was read
 * @param engine the engine that wrote it
 * @param findings findings of catalogue rules, in {@link Finding#ORDER}
 * @param suppressed findings of catalogue rules the report marks as suppressed
 * @param notifications the engine's own errors and warnings (files it could not analyse, ...)
 */
public record EngineReport(
    Path file, Engine engine, List<Finding> findings, List<Suppressed> suppressed, List<Notification> notifications) {

  public EngineReport {
    Objects.requireNonNull(file);
    Objects.requireNonNull(engine);
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    notifications = List.copyOf(notifications);
  }

  /** True when the engine reported an error about its own run: its findings may be incomplete. */
  public boolean engineFailed() {
    return notifications.stream().anyMatch(n -> n.level() == Notification.Level.ERROR);
  }

  /**
   * A finding the report carries as suppressed.
   *
   * @param finding the finding
   * @param kind SARIF's suppression kind: {@code inSource} (annotation, comment) or {@code external}
   * @param justification the reason the report gives, or empty
   */
  public record Suppressed(Finding finding, String kind, String justification) {
    public Suppressed {
      Objects.requireNonNull(finding);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(justification);
    }
  }

  /**
   * Something an engine said about its own execution.
   *
   * @param level {@link Level#ERROR} when the engine could not analyse something
   * @param message one line, naming the source file when there is one
   */
  public record Notification(Level level, String message) {
    public enum Level {
      ERROR,
      WARNING
    }

    public Notification {
      Objects.requireNonNull(level);
      message = ReportException.oneLine(Objects.requireNonNull(message));
    }
  }
}
