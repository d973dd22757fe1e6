package dev.testleak.sarif;

import dev.testleak.catalogue.Engine;
import dev.testleak.sarif.report.ErrorProneReport;
import dev.testleak.sarif.report.Finding;
import dev.testleak.sarif.report.PmdReport;
import dev.testleak.sarif.report.ReportException;
import dev.testleak.sarif.report.SpotBugsReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar testleak-sarif-export.jar --repo-root <dir> [--errorprone <jsonl>]... [--spotbugs
 * <xml>]... [--pmd <xml>]... --output <file.sarif> [--summary]}: merges the reports into one SARIF
 * 2.1.0 file for GitHub code scanning.
 *
 * <p>Exit codes: 0 written; 1 an input or the output could not be read or written; 2 wrong usage. On
 * failure one line goes to stderr and no output file is written or changed.
 */
public final class SarifExportMain {
  static final String NAME = "testleak-sarif-export";
  static final int OK = 0;
  static final int INPUT_ERROR = 1;
  static final int USAGE_ERROR = 2;

  static final String USAGE =
      "usage: java -jar testleak-sarif-export.jar --repo-root <dir> [--errorprone <jsonl>]..."
          + " [--spotbugs <xml>]... [--pmd <xml>]... --output <file.sarif> [--summary]";

  private static final Map<String, Engine> INPUT_OPTIONS =
      Map.of("--errorprone", Engine.ERROR_PRONE, "--spotbugs", Engine.SPOTBUGS, "--pmd", Engine.PMD);

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
    try {
      return export(options, out);
    } catch (ReportException e) {
      err.println(NAME + ": " + e.getMessage());
      return INPUT_ERROR;
    } catch (RuntimeException e) {
      err.println(NAME + ": internal error: " + String.valueOf(e).replaceAll("\\s+", " "));
      return INPUT_ERROR;
    }
  }

  private static int export(Options options, PrintStream out) throws ReportException {
    Path repoRoot = options.repoRoot;
    if (!Files.isDirectory(repoRoot)) {
      throw new ReportException(repoRoot, "repository root is not a directory");
    }
    Path output = options.output.toAbsolutePath().normalize();
    for (List<Path> inputs : options.inputs.values()) {
      for (Path input : inputs) {
        if (input.toAbsolutePath().normalize().equals(output)) {
          throw new ReportException(options.output, "the output would overwrite an input report");
        }
      }
    }
    Map<Engine, List<Finding>> findings = new EnumMap<>(Engine.class);
    for (Map.Entry<Engine, List<Path>> entry : options.inputs.entrySet()) {
      List<Finding> ofEngine = new ArrayList<>();
      for (Path input : entry.getValue()) {
        ofEngine.addAll(read(entry.getKey(), input, repoRoot));
      }
      findings.put(entry.getKey(), SarifLogBuilder.distinct(ofEngine));
    }
    byte[] sarif = SarifWriter.toBytes(SarifLogBuilder.build(repoRoot, findings));
    try {
      SarifWriter.writeAtomically(options.output, sarif);
    } catch (IOException | SecurityException e) {
      throw new ReportException(options.output, "cannot write: " + describe(e), e);
    }
    if (options.summary) {
      out.print(Summary.render(findings, options.output));
    }
    return OK;
  }

  private static List<Finding> read(Engine engine, Path input, Path repoRoot) throws ReportException {
    return switch (engine) {
      case ERROR_PRONE -> ErrorProneReport.read(input, repoRoot);
      case SPOTBUGS -> SpotBugsReport.read(input, repoRoot);
      case PMD -> PmdReport.read(input, repoRoot);
    };
  }

  /** Why a file operation failed, in words rather than exception class names. */
  private static String describe(Exception e) {
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

  /** A command line that cannot be run; the message says why. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** The parsed command line. */
  static final class Options {
    Path repoRoot;
    Path output;
    boolean summary;
    /** Input reports per engine, engines in the order of their first option, files as given. */
    final Map<Engine, List<Path>> inputs = new LinkedHashMap<>();

    /** The options, or null when help was asked for. Accepts {@code --opt value} and {@code --opt=value}. */
    static Options parse(String[] args) throws UsageException {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--help") || arg.equals("-h")) {
          return null;
        }
        if (arg.equals("--summary")) {
          options.summary = true;
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
            if (options.repoRoot != null) {
              throw new UsageException("--repo-root given twice");
            }
            options.repoRoot = path;
          }
          case "--output" -> {
            if (options.output != null) {
              throw new UsageException("--output given twice");
            }
            options.output = path;
          }
          default -> options.inputs.computeIfAbsent(INPUT_OPTIONS.get(name), e -> new ArrayList<>()).add(path);
        }
      }
      if (options.repoRoot == null) {
        throw new UsageException("missing --repo-root");
      }
      if (options.output == null) {
        throw new UsageException("missing --output");
      }
      if (options.inputs.isEmpty()) {
        throw new UsageException("no input report (give at least one of --errorprone, --spotbugs, --pmd)");
      }
      return options;
    }

    private static boolean isValued(String name) {
      return name.equals("--repo-root") || name.equals("--output") || INPUT_OPTIONS.containsKey(name);
    }
  }
}
