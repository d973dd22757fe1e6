package dev.testleak.sarif.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.catalogue.Rule;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Error Prone diagnostics file that {@code TestleakReport} writes (docs/design/contracts.md):
 * one JSON object per line with {@code ruleId}, {@code file} (absolute), {@code line}, {@code column},
 * {@code endLine}, {@code endColumn} and {@code message}. An empty file is a compilation without
 * findings.
 *
 * <p>The file is streamed, a line at a time, so memory holds the findings but never the file: a first
 * pass checks it is UTF-8 (so that error comes first, wherever the bad bytes are), a second reads the
 * lines. A well-formed line is read with Jackson's streaming parser; anything unusual about one (a
 * missing or mistyped field, malformed JSON, a duplicate key) is read again as a tree, whose checks
 * give the one-line error.
 */
public final class ErrorProneReport {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private ErrorProneReport() {}

  /** The findings of catalogue rules in the file, in {@link Finding#ORDER}. */
  public static List<Finding> read(Path jsonl, Path repoRoot) throws ReportException {
    return readReport(jsonl, repoRoot).findings();
  }

  /**
   * The file as an {@link EngineReport}: Error Prone reports suppressed findings nowhere, and the
   * diagnostics file says nothing about the compilation itself, so only findings.
   */
  public static EngineReport readReport(Path jsonl, Path repoRoot) throws ReportException {
    ReportFiles.checkUtf8(jsonl, true);
    Lines lines = new Lines(jsonl, repoRoot);
    try (BufferedReader reader = ReportFiles.openUtf8(jsonl)) {
      String entry;
      while ((entry = reader.readLine()) != null) {
        lines.read(entry);
      }
    } catch (IOException | SecurityException e) {
      throw new ReportException(jsonl, "cannot read: " + e, e);
    }
    lines.findings.sort(Finding.ORDER);
    return new EngineReport(jsonl, Engine.ERROR_PRONE, lines.findings, List.of(), List.of());
  }

  /** The findings of the lines read so far; findings share their file's path and equal messages one string. */
  private static final class Lines {
    private final Path jsonl;
    private final Path repoRoot;
    final List<Finding> findings = new ArrayList<>();
    private final Map<String, String> paths = new HashMap<>();
    private final Map<String, String> messages = new HashMap<>();
    private int number;

    Lines(Path jsonl, Path repoRoot) {
      this.jsonl = jsonl;
      this.repoRoot = repoRoot;
    }

    void read(String entry) throws ReportException {
      number++;
      if (entry.isBlank()) {
        return;
      }
      Fields fields = Fields.read(entry);
      if (fields == null) {
        fields = Fields.checked(jsonl, "line " + number, entry);
      }
      if (fields.ruleId == null) {
        return;
      }
      String message = messages.computeIfAbsent(stripCheckName(fields.ruleId, fields.message), m -> m);
      String path = paths.get(fields.file);
      if (path == null) {
        path = ReportFiles.repositoryPath(jsonl, repoRoot, fields.file);
        paths.put(fields.file, path);
      }
      findings.add(
          new Finding(
              Engine.ERROR_PRONE,
              fields.ruleId,
              path,
              fields.line,
              fields.column,
              Math.max(fields.line, fields.endLine),
              fields.endColumn,
              message));
    }
  }

  /** One line's fields; {@code ruleId} null for a rule that is not in the catalogue. */
  private static final class Fields {
    String ruleId;
    String file;
    String message;
    int line = -1;
    int column;
    int endLine = -1;
    int endColumn;

    /**
     * The fields of a line that holds exactly what the format says, read as a stream; null for
     * anything else (which {@link #checked} then reads as a tree, to reject it or accept it as before).
     */
    static Fields read(String entry) {
      Fields fields = new Fields();
      boolean known = false;
      int seen = 0;
      try (JsonParser parser = JSON.getFactory().createParser(entry)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          int bit =
              switch (name) {
                case "ruleId" -> 1;
                case "file" -> 2;
                case "message" -> 4;
                case "line" -> 8;
                case "column" -> 16;
                case "endLine" -> 32;
                case "endColumn" -> 64;
                default -> 0;
              };
          if (bit == 0) {
            parser.skipChildren();
            continue;
          }
          if ((seen & bit) != 0) {
            return null;
          }
          seen |= bit;
          if (bit <= 4) {
            if (value != JsonToken.VALUE_STRING) {
              return null;
            }
            String text = parser.getText();
            if (text.isBlank()) {
              return null;
            }
            switch (bit) {
              case 1 -> fields.ruleId = text;
              case 2 -> fields.file = text;
              default -> fields.message = text;
            }
          } else if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            int number = parser.getIntValue();
            if (number < (bit == 8 ? 1 : 0)) {
              return null;
            }
            switch (bit) {
              case 8 -> fields.line = number;
              case 16 -> fields.column = number;
              case 32 -> fields.endLine = number;
              default -> fields.endColumn = number;
            }
          } else if (value != JsonToken.VALUE_NULL || bit == 8) {
            return null;
          }
        }
        if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
          return null;
        }
        Optional<Rule> rule = fields.ruleId == null ? Optional.empty() : Catalogue.find(fields.ruleId);
        known = rule.isPresent();
        // The catalogue's id rather than the parser's copy: one string shared by all the rule's findings.
        fields.ruleId = rule.map(Rule::id).orElse(fields.ruleId);
      } catch (IOException | RuntimeException e) {
        return null;
      }
      if (!known) {
        // a rule of another pack: skipped whatever else the line holds, as the tree reading does
        return fields.ruleId == null ? null : skipped();
      }
      if (fields.file == null || fields.message == null || fields.line < 0) {
        return null;
      }
      if (fields.endLine < 0) {
        fields.endLine = fields.line;
      }
      return fields;
    }

    private static Fields skipped() {
      return new Fields();
    }

    /** The fields of a line read as a tree, with the one-line error for whatever is wrong with it. */
    static Fields checked(Path jsonl, String where, String entry) throws ReportException {
      JsonNode node;
      try {
        node = JSON.readTree(entry);
      } catch (JacksonException e) {
        throw new ReportException(jsonl, where + ": malformed JSON: " + e.getOriginalMessage(), e);
      }
      if (node == null || !node.isObject()) {
        throw new ReportException(jsonl, where + ": expected a JSON object");
      }
      Fields fields = new Fields();
      String ruleId = text(jsonl, where, node, "ruleId");
      if (Catalogue.find(ruleId).isEmpty()) {
        return fields;
      }
      fields.file = text(jsonl, where, node, "file");
      fields.line = number(jsonl, where, node, "line", 1, -1);
      fields.column = number(jsonl, where, node, "column", 0, 0);
      fields.endLine = number(jsonl, where, node, "endLine", 0, fields.line);
      fields.endColumn = number(jsonl, where, node, "endColumn", 0, 0);
      fields.message = text(jsonl, where, node, "message");
      fields.ruleId = Catalogue.get(ruleId).id();
      return fields;
    }
  }

  private static String text(Path jsonl, String where, JsonNode node, String field) throws ReportException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new ReportException(jsonl, where + ": '" + field + "' must be a non-empty string");
    }
    return value.asText();
  }

  /** An integer field of at least {@code min}; {@code absent} when missing (-1: required). */
  private static int number(Path jsonl, String where, JsonNode node, String field, int min, int absent)
      throws ReportException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (absent < 0) {
        throw new ReportException(jsonl, where + ": '" + field + "' is missing");
      }
      return absent;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min) {
      throw new ReportException(
          jsonl, where + ": '" + field + "' must be an integer of at least " + min + ", got " + value);
    }
    return value.intValue();
  }

  /** Removes Error Prone's "[CheckName] " prefix should a writer have left it in. */
  private static String stripCheckName(String ruleId, String message) {
    String prefix = "[" + ruleId + "] ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
