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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source files findings point into, read on demand (and at most once each): the text of a flagged
 * line for fingerprints, and the precise region of a finding whose engine gave only a line. A missing
 * or unreadable file is not an error: the finding keeps the position its engine gave.
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

  private final Path repoRoot;
  private final Map<String, Optional<Source>> sources = new HashMap<>();

  SourceFiles(Path repoRoot) {
    this.repoRoot = repoRoot;
  }

  /** The text of the finding's line, if its file can be read and has that line. */
  Optional<String> lineText(String path, int line) {
    return source(path).filter(s -> line >= 1 && line <= s.lines.size()).map(s -> s.lines.get(line - 1));
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
    return sources.computeIfAbsent(path, this::load);
  }

  private Optional<Source> load(String path) {
    Path file = repoRoot.resolve(path);
    if (!Files.isRegularFile(file)) {
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
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
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

  /** A source file's lines, and its syntax tree parsed when first needed. */
  private static final class Source {
    private final String text;
    private final List<String> lines;
    private Optional<CompilationUnit> unit;

    Source(String text) {
      this.text = text;
      this.lines = List.of(text.split("\r\n|\r|\n", -1));
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
                .setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE)
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
