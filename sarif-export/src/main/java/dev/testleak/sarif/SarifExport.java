package dev.testleak.sarif;

import dev.testleak.catalogue.Engine;
import dev.testleak.sarif.report.EngineReport;
import dev.testleak.sarif.report.ErrorProneLog;
import dev.testleak.sarif.report.ErrorProneReport;
import dev.testleak.sarif.report.Finding;
import dev.testleak.sarif.report.PmdReport;
import dev.testleak.sarif.report.ReportException;
import dev.testleak.sarif.report.SpotBugsReport;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The SARIF export as a library, for the command line ({@link SarifExportMain}) and the Maven goal
 * ({@code testleak:sarif}): reads the reports, merges them into one SARIF log and writes it
 * atomically. The {@link Outcome}'s exit code is the command line's.
 */
public final class SarifExport {
  /** The SARIF file was written; nothing to complain about. */
  public static final int OK = 0;
  /** An input or the output could not be read or written; nothing was written. */
  public static final int INPUT_ERROR = 1;
  /** The command line was wrong; nothing was written. */
  public static final int USAGE_ERROR = 2;
  /** Written, but an engine reported errors about its own run (see the tool execution notifications). */
  public static final int ENGINE_FAILED = 3;
  /** Written, and {@link Request#failOnNew} is set and there are results the baseline does not have. */
  public static final int NEW_FINDINGS = 4;

  /** GitHub rejects uploads larger than this, gzipped. */
  static final long GITHUB_GZIP_LIMIT = 10L * 1024 * 1024;

  private SarifExport() {}

  /** What to export and how. Inputs are read in the order given; the output does not depend on it. */
  public static final class Request {
    private final Path repoRoot;
    private final Path output;
    final List<Path> errorProne = new ArrayList<>();
    final List<Path> errorProneLogs = new ArrayList<>();
    final List<Path> spotBugs = new ArrayList<>();
    final List<Path> pmd = new ArrayList<>();
    boolean keepSuppressed;
    Path baseline;
    boolean failOnNew;
    boolean includeAbsent;
    boolean pretty;
    SarifLogBuilder.Limits limits = SarifLogBuilder.Limits.GITHUB;

    public Request(Path repoRoot, Path output) {
      this.repoRoot = Objects.requireNonNull(repoRoot);
      this.output = Objects.requireNonNull(output);
    }

    public Request errorProne(Path jsonl) {
      errorProne.add(jsonl);
      return this;
    }

    public Request errorProneLog(Path log) {
      errorProneLogs.add(log);
      return this;
    }

    public Request spotBugs(Path xml) {
      spotBugs.add(xml);
      return this;
    }

    public Request pmd(Path xml) {
      pmd.add(xml);
      return this;
    }

    /** Keep findings the reports mark as suppressed, as results with SARIF {@code suppressions}. */
    public Request keepSuppressed(boolean keep) {
      keepSuppressed = keep;
      return this;
    }

    /** Compare with a previous SARIF file and set each result's {@code baselineState}. */
    public Request baseline(Path previous) {
      baseline = previous;
      return this;
    }

    /** Exit with {@link #NEW_FINDINGS} when a result is new (all are, without a baseline). */
    public Request failOnNew(boolean fail) {
      failOnNew = fail;
      return this;
    }

    /** Also write the baseline's results that are gone, with {@code baselineState: absent}. */
    public Request includeAbsent(boolean include) {
      includeAbsent = include;
      return this;
    }

    /**
     * Pretty print the file (two-space indent) instead of writing compact JSON; same content, about
     * twice the bytes.
     */
    public Request pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    Request limits(SarifLogBuilder.Limits limits) {
      this.limits = limits;
      return this;
    }

    public boolean hasInputs() {
      return !(errorProne.isEmpty() && errorProneLogs.isEmpty() && spotBugs.isEmpty() && pmd.isEmpty());
    }

    public Path repoRoot() {
      return repoRoot;
    }

    public Path output() {
      return output;
    }
  }

  /**
   * What happened.
   *
   * @param exitCode {@link #OK}, {@link #ENGINE_FAILED} or {@link #NEW_FINDINGS}
   * @param results the number of SARIF results written
   * @param newResults results the baseline does not have (all of them without a baseline)
   * @param warnings one line each: GitHub limits exceeded
   * @param engineErrors one line each: what the engines reported as errors about their own run
   * @param findings each engine's findings (duplicates within an engine removed), for the summary
   */
  public record Outcome(
      int exitCode, int results, int newResults, List<String> warnings, List<String> engineErrors, Map<Engine, List<Finding>> findings) {}

  /** Runs the export; a {@link ReportException} means nothing was written or changed. */
  public static Outcome run(Request request) throws ReportException {
    Path repoRoot = request.repoRoot;
    if (!Files.isDirectory(repoRoot)) {
      throw new ReportException(repoRoot, "repository root is not a directory");
    }
    Path output = request.output.toAbsolutePath().normalize();
    List<Path> all = new ArrayList<>();
    all.addAll(request.errorProne);
    all.addAll(request.errorProneLogs);
    all.addAll(request.spotBugs);
    all.addAll(request.pmd);
    if (request.baseline != null) {
      all.add(request.baseline);
    }
    for (Path input : all) {
      if (input.toAbsolutePath().normalize().equals(output)) {
        throw new ReportException(request.output, "the output would overwrite an input report");
      }
    }
    List<EngineReport> reports = new ArrayList<>();
    for (Path p : request.errorProne) {
      reports.add(ErrorProneReport.readReport(p, repoRoot));
    }
    for (Path p : request.errorProneLogs) {
      reports.add(ErrorProneLog.readReport(p, repoRoot));
    }
    for (Path p : request.spotBugs) {
      reports.add(SpotBugsReport.readReport(p, repoRoot));
    }
    for (Path p : request.pmd) {
      reports.add(PmdReport.readReport(p, repoRoot));
    }
    Baseline baseline = request.baseline == null ? null : Baseline.read(request.baseline);

    SarifLogBuilder.Built built =
        SarifLogBuilder.build(
            repoRoot, reports, new SarifLogBuilder.Options(request.keepSuppressed, baseline, request.includeAbsent, request.limits));
    List<String> warnings = new ArrayList<>(built.warnings());
    try {
      long size = SarifWriter.writeAtomically(request.output, built, request.pretty);
      if (size > GITHUB_GZIP_LIMIT) {
        long gzipped = SarifWriter.gzippedSize(output, GITHUB_GZIP_LIMIT);
        if (gzipped > GITHUB_GZIP_LIMIT) {
          warnings.add(
              request.output + " is " + gzipped / 1024 + " KiB gzipped, more than GitHub's upload limit of 10 MiB:"
                  + " baseline the findings (--baseline) or upload the modules' results separately");
        }
      }
    } catch (IOException | SecurityException e) {
      throw new ReportException(request.output, "cannot write: " + describe(e), e);
    }

    Map<Engine, List<Finding>> findings = new EnumMap<>(Engine.class);
    List<String> engineErrors = new ArrayList<>();
    for (EngineReport report : reports) {
      findings.computeIfAbsent(report.engine(), e -> new ArrayList<>()).addAll(report.findings());
      for (EngineReport.Notification n : report.notifications()) {
        if (n.level() == EngineReport.Notification.Level.ERROR) {
          engineErrors.add(report.file() + ": " + n.message());
        }
      }
    }
    findings.replaceAll((engine, list) -> SarifLogBuilder.distinct(list));
    int newResults = baseline == null ? built.resultCount() : built.newResults();
    int code = built.engineFailed() ? ENGINE_FAILED : request.failOnNew && newResults > 0 ? NEW_FINDINGS : OK;
    return new Outcome(code, built.resultCount(), newResults, List.copyOf(warnings), List.copyOf(engineErrors), findings);
  }

  /** Why a file operation failed, in words rather than exception class names. */
  static String describe(Exception e) {
    if (e instanceof AccessDeniedException || e instanceof SecurityException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory: " + ((NoSuchFileException) e).getFile();
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory: " + ((NotDirectoryException) e).getFile();
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + (fs.getFile() != null ? ": " + fs.getFile() : "");
    }
    return e.getMessage() != null ? e.getMessage() : "I/O error";
  }
}
