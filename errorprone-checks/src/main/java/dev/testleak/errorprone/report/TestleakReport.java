package dev.testleak.errorprone.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.DiagnosticSource;
import com.sun.tools.javac.util.JCDiagnostic;
import com.sun.tools.javac.util.JCDiagnostic.DiagnosticFlag;
import com.sun.tools.javac.util.JCDiagnostic.DiagnosticType;
import com.sun.tools.javac.util.Log;
import com.sun.tools.javac.util.Options;
import dev.testleak.catalogue.Catalogue;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.jspecify.annotations.Nullable;

/**
 * The javac plugin {@code -Xplugin:"TestleakReport <directory>"}: records the diagnostics Error
 * Prone reports for testleak rules (after suppression and severity overrides) and, when the
 * compilation ends, writes them atomically to {@code <directory>/errorprone-<name of the -d
 * directory>.jsonl}, one JSON object per line, sorted by file, line, column and rule (see
 * docs/design/contracts.md).
 *
 * <p>It observes diagnostics through a javac diagnostic handler that forwards every diagnostic to
 * the handler it replaces, so it changes nothing about what javac reports. It never fails a
 * compilation: a bad argument or an unwritable file becomes one javac warning.
 */
@AutoService(Plugin.class)
public final class TestleakReport implements Plugin {
  /** The plugin's name, as given to {@code -Xplugin:}. */
  public static final String NAME = "TestleakReport";

  /** The diagnostic key suffix of every Error Prone finding ({@code compiler.warn.error.prone}). */
  private static final String ERROR_PRONE_KEY_SUFFIX = ".error.prone";

  /** Error Prone's line that follows the message and points at the documentation. */
  private static final String LINK_LINE = "\n  (see ";

  /** Error Prone's line that follows the message when a suggested fix applies. */
  private static final String FIX_LINE = "\nDid you mean ";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    Context context = ((BasicJavacTask) task).getContext();
    if (args.length != 1 || args[0].isBlank()) {
      warn(
          context,
          NAME
              + " expects one argument, the directory to write its report to, as in"
              + " -Xplugin:\"TestleakReport target/testleak\"; no report is written");
      return;
    }
    Path directory;
    try {
      directory = Path.of(args[0]);
    } catch (InvalidPathException e) {
      warn(context, NAME + ": invalid report directory '" + args[0] + "': " + e.getMessage());
      return;
    }
    task.addTaskListener(new Recorder(context, directory));
  }

  /** Collects testleak findings during the compilation and writes them at its end. */
  private static final class Recorder implements TaskListener {
    private final Context context;
    private final Path directory;
    private final List<ReportedFinding> findings = new ArrayList<>();
    private boolean observing;

    Recorder(Context context, Path directory) {
      this.context = context;
      this.directory = directory;
    }

    @Override
    public void started(TaskEvent event) {
      // Install once attribution is over and no temporary handler of javac's (annotation
      // processing, speculative attribution) can be on top of the stack: those pop themselves off
      // and would trip over a handler pushed above them. Error Prone reports after this point.
      if (!observing && event.getKind() == TaskEvent.Kind.ANALYZE) {
        observing = true;
        observe();
      }
    }

    @Override
    public void finished(TaskEvent event) {
      if (event.getKind() == TaskEvent.Kind.COMPILATION) {
        write();
      }
    }

    private void observe() {
      Predicate<JCDiagnostic> deferNothing =
          diagnostic -> {
            record(diagnostic);
            return false; // passes every diagnostic on to the previous handler, unchanged
          };
      try {
        // A DeferredDiagnosticHandler whose filter defers nothing forwards every diagnostic to the
        // handler it was pushed on. It is created reflectively because its shape changed across
        // JDK releases (a static nested class with install(Log) up to JDK 21, an inner class of
        // Log since), while the reflective constructor (Log, Predicate) exists in both.
        Constructor<Log.DeferredDiagnosticHandler> constructor =
            Log.DeferredDiagnosticHandler.class.getConstructor(Log.class, Predicate.class);
        constructor.newInstance(Log.instance(context), deferNothing);
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        warn(
            context,
            NAME
                + " cannot observe Error Prone's diagnostics with this javac ("
                + e
                + "); "
                + reportFile()
                + " will list no findings");
      }
    }

    private void record(JCDiagnostic diagnostic) {
      try {
        findingOf(diagnostic).ifPresent(findings::add);
      } catch (RuntimeException e) {
        // A diagnostic we cannot read is not one of ours; never let it disturb javac.
      }
    }

    private void write() {
      Path file = reportFile();
      Path temporary = null;
      try {
        List<String> lines = new ArrayList<>();
        findings.stream().sorted(ReportedFinding.ORDER).forEach(f -> lines.add(f.toJson()));
        Files.createDirectories(directory);
        temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
        Files.write(temporary, lines, UTF_8);
        try {
          Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException | RuntimeException e) {
        warn(context, NAME + " cannot write " + file + ": " + e);
        if (temporary != null) {
          try {
            Files.deleteIfExists(temporary);
          } catch (IOException | RuntimeException ignored) {
            // The warning above already names the problem.
          }
        }
      }
    }

    private Path reportFile() {
      return directory.resolve("errorprone-" + outputDirectoryName() + ".jsonl");
    }

    /** The name of javac's class output directory ({@code -d}), e.g. {@code test-classes}. */
    private String outputDirectoryName() {
      try {
        if (context.get(JavaFileManager.class) instanceof StandardJavaFileManager fileManager) {
          Iterable<? extends Path> output =
              fileManager.getLocationAsPaths(StandardLocation.CLASS_OUTPUT);
          Iterator<? extends Path> paths = output == null ? null : output.iterator();
          if (paths != null && paths.hasNext()) {
            Path name = paths.next().toAbsolutePath().normalize().getFileName();
            if (name != null) {
              return name.toString();
            }
          }
        }
        String option = Options.instance(context).get("-d");
        if (option != null) {
          Path name = Path.of(option).toAbsolutePath().normalize().getFileName();
          if (name != null) {
            return name.toString();
          }
        }
      } catch (RuntimeException e) {
        // Fall through to the name used when classes are written next to their sources.
      }
      return "sources";
    }
  }

  /** The testleak finding a diagnostic reports, if it is an Error Prone one for a catalogue rule. */
  static Optional<ReportedFinding> findingOf(JCDiagnostic diagnostic) {
    Object[] args = diagnostic.getArgs();
    if (!diagnostic.getCode().endsWith(ERROR_PRONE_KEY_SUFFIX)
        || args.length != 1
        || !(args[0] instanceof String text)
        || !text.startsWith("[")) {
      return Optional.empty();
    }
    int close = text.indexOf("] ");
    if (close < 0) {
      return Optional.empty();
    }
    String ruleId = text.substring(1, close);
    if (Catalogue.find(ruleId).isEmpty()) {
      return Optional.empty();
    }
    String message = text.substring(close + 2);
    for (String suffix : List.of(LINK_LINE, FIX_LINE)) {
      int at = message.indexOf(suffix);
      if (at >= 0) {
        message = message.substring(0, at);
      }
    }
    long line = diagnostic.getLineNumber();
    long column = diagnostic.getColumnNumber();
    return Optional.of(
        new ReportedFinding(
            ruleId,
            severity(diagnostic.getType()),
            path(diagnostic.getSource()),
            line,
            column,
            line,
            column,
            message));
  }

  /** Error Prone's severity name for the javac diagnostic type it reported with. */
  private static String severity(DiagnosticType type) {
    return switch (type) {
      case ERROR -> "ERROR";
      case WARNING -> "WARNING";
      default -> "SUGGESTION";
    };
  }

  private static String path(@Nullable JavaFileObject source) {
    if (source == null) {
      return "";
    }
    URI uri = source.toUri();
    if ("file".equals(uri.getScheme())) {
      try {
        return Path.of(uri).toAbsolutePath().toString();
      } catch (RuntimeException e) {
        // Not a path of the default file system; use the URI's path below.
      }
    }
    return uri.getPath() != null ? uri.getPath() : source.getName();
  }

  /** Reports one javac warning, without a stack trace; never throws. */
  private static void warn(Context context, String message) {
    try {
      JCDiagnostic warning =
          JCDiagnostic.Factory.instance(context)
              .create(
                  DiagnosticType.WARNING,
                  null,
                  EnumSet.noneOf(DiagnosticFlag.class),
                  DiagnosticSource.NO_SOURCE,
                  null,
                  "proc.messager",
                  message);
      Log.instance(context).report(warning);
    } catch (RuntimeException | LinkageError e) {
      System.err.println("warning: " + message);
    }
  }
}
