package dev.testleak.sarif;

import dev.testleak.sarif.report.ReportException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar testleak-sarif-export.jar --repo-root <dir> [--errorprone <jsonl>]...
 * [--errorprone-log <build.log>]... [--spotbugs <xml>]... [--pmd <xml>]... --output <file.sarif>
 * [--keep-suppressed] [--baseline <previous.sarif> [--include-absent]] [--fail-on-new] [--pretty] [--summary]}:
 * merges the reports into one SARIF 2.1.0 file for GitHub code scanning.
 *
 * <p>Exit codes: 0 written; 1 an input or the output could not be read or written (one line on
 * stderr naming the file, no output file written or changed); 2 wrong usage; 3 written, but an engine
 * reported errors about its own run (they are the SARIF's tool execution notifications, and one line
 * each on stderr); 4 written, {@code --fail-on-new} given and a result is new.
 */
public final class SarifExportMain {
  static final String NAME = "testleak-sarif-export";
  static final int OK = SarifExport.OK;
  static final int INPUT_ERROR = SarifExport.INPUT_ERROR;
  static final int USAGE_ERROR = SarifExport.USAGE_ERROR;

  static final String USAGE =
      "usage: java -jar testleak-sarif-export.jar --repo-root <dir> [--errorprone <jsonl>]..."
          + " [--errorprone-log <log>]... [--spotbugs <xml>]... [--pmd <xml>]... --output <file.sarif>"
          + " [--keep-suppressed] [--baseline <previous.sarif> [--include-absent]] [--fail-on-new] [--pretty] [--summary]";

  private static final List<String> INPUT_OPTIONS = List.of("--errorprone", "--errorprone-log", "--spotbugs", "--pmd");
  private static final List<String> FLAGS = List.of("--summary", "--keep-suppressed", "--fail-on-new", "--include-absent", "--pretty");

  private SarifExportMain() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    System.out.flush();
    if (code != OK) {
      System.exit(code);
    }
  }

  /** Runs the tool; returns the exit code. Never throws and never prints a stack trace. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      err.println(NAME + ": " + e.getMessage() + " (" + USAGE + ")");
      return USAGE_ERROR;
    }
    if (options == null) {
      out.println(USAGE);
      return OK;
    }
    SarifExport.Outcome outcome;
    try {
      outcome = SarifExport.run(options.request);
    } catch (ReportException e) {
      err.println(NAME + ": " + e.getMessage());
      return INPUT_ERROR;
    } catch (RuntimeException e) {
      err.println(NAME + ": internal error: " + String.valueOf(e).replaceAll("\\s+", " "));
      return INPUT_ERROR;
    }
    for (String warning : outcome.warnings()) {
      err.println(NAME + ": warning: " + warning);
    }
    for (String error : outcome.engineErrors()) {
      err.println(NAME + ": engine error: " + error);
    }
    if (outcome.exitCode() == SarifExport.NEW_FINDINGS) {
      err.println(NAME + ": " + outcome.newResults() + " new " + (outcome.newResults() == 1 ? "finding" : "findings")
          + (options.request.baseline == null ? " (no --baseline given, so every finding is new)" : " not in the baseline"));
    }
    if (options.summary) {
      out.print(Summary.render(outcome.findings(), outcome.results(), options.request.output()));
    }
    return outcome.exitCode();
  }

  /** A command line that cannot be run; the message says why. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** The parsed command line. */
  static final class Options {
    SarifExport.Request request;
    boolean summary;

    /** The options, or null when help was asked for. Accepts {@code --opt value} and {@code --opt=value}. */
    static Options parse(String[] args) throws UsageException {
      Options options = new Options();
      Path repoRoot = null;
      Path output = null;
      Path baseline = null;
      java.util.Set<String> flags = new java.util.HashSet<>();
      List<Map.Entry<String, Path>> inputs = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--help") || arg.equals("-h")) {
          return null;
        }
        if (FLAGS.contains(arg)) {
          flags.add(arg);
          continue;
        }
        String name = arg;
        String value;
        int equals = arg.indexOf('=');
        if (arg.startsWith("--") && equals > 0) {
          name = arg.substring(0, equals);
          value = arg.substring(equals + 1);
        } else {
          value = i + 1 < args.length ? args[i + 1] : null;
          if (isValued(name)) {
            i++;
          }
        }
        if (!isValued(name)) {
          throw new UsageException("unknown option '" + arg + "'");
        }
        if (value == null || value.isEmpty() || (value.startsWith("--") && !arg.contains("="))) {
          throw new UsageException("option " + name + " needs a value");
        }
        Path path;
        try {
          path = Path.of(value);
        } catch (InvalidPathException e) {
          throw new UsageException("option " + name + ": invalid path '" + value + "'");
        }
        switch (name) {
          case "--repo-root" -> {
            if (repoRoot != null) {
              throw new UsageException("--repo-root given twice");
            }
            repoRoot = path;
          }
          case "--output" -> {
            if (output != null) {
              throw new UsageException("--output given twice");
            }
            output = path;
          }
          case "--baseline" -> {
            if (baseline != null) {
              throw new UsageException("--baseline given twice");
            }
            baseline = path;
          }
          default -> inputs.add(Map.entry(name, path));
        }
      }
      if (repoRoot == null) {
        throw new UsageException("missing --repo-root");
      }
      if (output == null) {
        throw new UsageException("missing --output");
      }
      if (inputs.isEmpty()) {
        throw new UsageException("no input report (give at least one of --errorprone, --errorprone-log, --spotbugs, --pmd)");
      }
      if (flags.contains("--include-absent") && baseline == null) {
        throw new UsageException("--include-absent needs --baseline");
      }
      SarifExport.Request request = new SarifExport.Request(repoRoot, output);
      for (Map.Entry<String, Path> input : inputs) {
        switch (input.getKey()) {
          case "--errorprone" -> request.errorProne(input.getValue());
          case "--errorprone-log" -> request.errorProneLog(input.getValue());
          case "--spotbugs" -> request.spotBugs(input.getValue());
          default -> request.pmd(input.getValue());
        }
      }
      request
          .keepSuppressed(flags.contains("--keep-suppressed"))
          .failOnNew(flags.contains("--fail-on-new"))
          .includeAbsent(flags.contains("--include-absent"))
          .pretty(flags.contains("--pretty"));
      if (baseline != null) {
        request.baseline(baseline);
      }
      options.request = request;
      options.summary = flags.contains("--summary");
      return options;
    }

    private static boolean isValued(String name) {
      return name.equals("--repo-root") || name.equals("--output") || name.equals("--baseline") || INPUT_OPTIONS.contains(name);
    }
  }
}
