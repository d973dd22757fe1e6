package dev.testleak.sarif;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import dev.testleak.sarif.model.Sarif.Region;
import dev.testleak.sarif.report.Finding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The source files findings point into, read on demand, each once: the text of a flagged line for
 * fingerprints (from a table of where the lines start, not a string per line), GitHub's line hashes,
 * the declarations' outline and, only when that cannot answer, the syntax tree for retention paths,
 * and the precise region of a finding whose engine gave only a line. A missing or unreadable file is
 * not an error: the finding keeps the position its engine gave. Only the {@value #CACHED} most
 * recently used files are kept, so memory stays bounded however many files have findings (results are
 * processed file by file). Built with {@code loadAhead}, it reads and outlines (and when needed
 * parses) the next few files on a second thread while the results of the current one are computed
 * and written ({@link #loadAhead}); what it returns does not change.
 */
final class SourceFiles {
  /** Statements and members a line-only finding is widened to when one starts where the line does. */
  private static final List<Class<? extends Node>> WHOLE_NODES =
      List.of(
          ExpressionStmt.class,
          ReturnStmt.class,
          ThrowStmt.class,
          AssertStmt.class,
          YieldStmt.class,
          ExplicitConstructorInvocationStmt.class,
          FieldDeclaration.class);

  static final int CACHED = 8;

  private final Path repoRoot;
  private final Map<String, Optional<Source>> sources =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Source>> eldest) {
          return size() > CACHED;
        }
      };

  /** Files being loaded ahead on the loader thread, by path; at most {@value #AHEAD} at a time. */
  private final Map<String, Future<Optional<Source>>> loading = new HashMap<>();

  private final ExecutorService loader;

  SourceFiles(Path repoRoot) {
    this(repoRoot, false);
  }

  /**
   * @param loadAhead whether {@link #loadAhead} may load files on a second thread (only when there is
   *     a second CPU); the results are the same either way
   */
  SourceFiles(Path repoRoot, boolean loadAhead) {
    this.repoRoot = repoRoot.toAbsolutePath().normalize();
    this.loader = loadAhead && Runtime.getRuntime().availableProcessors() > 1 ? newLoader() : null;
  }

  /** How many files may be loading or loaded ahead of the one being read. */
  static final int AHEAD = 3;

  /** Whether {@link #loadAhead} would take another file now. */
  boolean canLoadAhead() {
    return loader != null && loading.size() < AHEAD;
  }

  /** What a file's results will ask of it, so that the loader thread prepares it. */
  enum Needs {
    /** Lines and line hashes. */
    LINES,
    /** Also the outline of its declarations (retention paths). */
    OUTLINE,
    /** Also the syntax tree (a line-only region, a retention path the outline cannot give). */
    TREE
  }

  /**
   * Starts reading the file (and outlining or parsing it, as {@code needs} says) on the loader
   * thread, so that it is ready when its results are computed. Only a hint: a file asked for before it
   * is loaded is waited for, one never asked for is dropped with this object, and nothing depends on
   * which thread did the work (the same text gives the same lines, hashes, outline and tree).
   */
  void loadAhead(String path, Needs needs) {
    if (!canLoadAhead() || sources.containsKey(path) || loading.containsKey(path)) {
      return;
    }
    try {
      loading.put(
          path,
          loader.submit(
              () -> {
                Optional<Source> source = load(path);
                source.ifPresent(s -> s.prepare(needs));
                return source;
              }));
    } catch (RejectedExecutionException e) {
      // read it when it is needed
    }
  }

  private static ExecutorService newLoader() {
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            1,
            1,
            1,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "testleak-sarif-sources");
              thread.setDaemon(true);
              return thread;
            });
    // The thread ends itself once idle: nothing to shut down.
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  /** The text of the finding's line, if its file can be read and has that line. */
  Optional<String> lineText(String path, int line) {
    return source(path).filter(s -> s.lines.has(line)).map(s -> s.lines.line(line));
  }

  /** GitHub's {@code primaryLocationLineHash} of the line, if the file can be read and has it. */
  Optional<String> lineHash(String path, int line) {
    return source(path).flatMap(s -> s.lineHash(line));
  }

  /** The file's syntax tree, if it can be read and parsed. */
  Optional<CompilationUnit> unit(String path) {
    return source(path).flatMap(Source::unit);
  }

  /** The outline of the file's declarations ({@link SourceOutline#UNKNOWN} when it has none), if it can be read. */
  Optional<SourceOutline> outline(String path) {
    return source(path).map(Source::outline);
  }

  /** Whether the repository has this file. */
  boolean exists(String path) {
    return source(path).isPresent();
  }

  /**
   * The SARIF region of a finding: its own columns when its engine gave them; otherwise from the
   * line's first non-blank character to the end of the statement or field declaration starting
   * there, or to the line's last non-blank character. A finding without a line is anchored at line 1
   * (a file-level result): GitHub and the SARIF validator (SARIF2017) want a region on every result.
   */
  Region region(Finding finding) {
    int line = finding.line();
    if (line < 1) {
      return new Region(1, null, null, null);
    }
    int endLine = Math.max(line, finding.endLine());
    if (finding.column() > 0) {
      Integer endColumn = finding.endColumn() > 0 ? finding.endColumn() : null;
      if (endColumn != null && endLine == line && endColumn <= finding.column()) {
        endColumn = null;
      }
      return new Region(line, finding.column(), endLine, endColumn);
    }
    Optional<String> text = lineText(finding.path(), line);
    if (text.isEmpty() || text.get().isBlank()) {
      return new Region(line, null, endLine > line ? endLine : null, null);
    }
    String lineText = text.get();
    int start = firstNonBlank(lineText) + 1;
    Optional<Node> node = wholeNodeAt(finding.path(), line, start);
    if (node.isPresent() && node.get().getEnd().isPresent()) {
      Position end = node.get().getEnd().get();
      return new Region(line, start, end.line, end.column + 1);
    }
    return new Region(line, start, line, lastNonBlank(lineText) + 2);
  }

  private Optional<Node> wholeNodeAt(String path, int line, int column) {
    Optional<CompilationUnit> unit = source(path).flatMap(Source::unit);
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    Position start = new Position(line, column);
    return unit.get()
        .findFirst(
            Node.class,
            n ->
                WHOLE_NODES.stream().anyMatch(type -> type.isInstance(n))
                    && n.getBegin().filter(start::equals).isPresent());
  }

  private Optional<Source> source(String path) {
    Optional<Source> source = sources.get(path);
    if (source == null) {
      Future<Optional<Source>> ahead = loading.remove(path);
      source = ahead != null ? loaded(path, ahead) : load(path);
      sources.put(path, source);
    }
    return source;
  }

  private Optional<Source> loaded(String path, Future<Optional<Source>> ahead) {
    try {
      return ahead.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
    }
    return load(path);
  }

  private Optional<Source> load(String path) {
    Path file;
    try {
      file = repoRoot.resolve(path).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
    if (!file.startsWith(repoRoot) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      // Lenient: a source file in another encoding still gives lines, with replacement characters.
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      return Optional.of(new Source(text));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static int firstNonBlank(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lastNonBlank(String text) {
    int i = text.length() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  /** A source file's lines, and its line hashes, outline and syntax tree computed when first needed. */
  private static final class Source {
    /** The file's text, a byte order mark included (GitHub's line hash reads it too). */
    private final String raw;
    private final String text;
    private final LineTable lines;
    private Optional<CompilationUnit> unit;
    private SourceOutline outline;
    private LineHashes lineHashes;

    Source(String raw) {
      this.raw = raw;
      this.text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
      this.lines = LineTable.of(text);
    }

    /** Computes on this thread what results will read. */
    void prepare(Needs needs) {
      lineHash(1);
      if (needs != Needs.LINES) {
        outline();
      }
      if (needs == Needs.TREE || needs == Needs.OUTLINE && !outline.known()) {
        unit();
      }
    }

    Optional<String> lineHash(int line) {
      if (lineHashes == null) {
        lineHashes = LineHashes.compute(raw);
      }
      return Optional.ofNullable(lineHashes.hash(line));
    }

    SourceOutline outline() {
      if (outline == null) {
        outline = SourceOutline.of(text, lines);
      }
      return outline;
    }

    Optional<CompilationUnit> unit() {
      if (unit == null) {
        unit = parse(text);
      }
      return unit;
    }

    private static Optional<CompilationUnit> parse(String text) {
      try {
        ParserConfiguration configuration =
            new ParserConfiguration()
                // RAW: every syntax javaparser knows, without its language-level validators, which
                // cost as much as the parse and matter nothing here (javac already compiled it).
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setAttributeComments(false)
                .setTabSize(1);
        ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(text);
        return result.isSuccessful() ? result.getResult() : Optional.empty();
      } catch (RuntimeException | StackOverflowError e) {
        return Optional.empty();
      }
    }
  }
}
