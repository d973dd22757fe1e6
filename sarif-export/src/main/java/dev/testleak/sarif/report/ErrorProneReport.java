package dev.testleak.sarif.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Error Prone diagnostics file that {@code TestleakReport} writes (docs/design/contracts.md):
 * one JSON object per line with {@code ruleId}, {@code file} (absolute), {@code line}, {@code column},
 * {@code endLine}, {@code endColumn} and {@code message}. An empty file is a compilation without
 * findings.
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
    String text = ReportFiles.readUtf8(jsonl, true);
    List<Finding> findings = new ArrayList<>();
    List<String> lines = TextLines.split(text);
    text = null;
    Map<String, String> paths = new HashMap<>();
    Map<String, String> messages = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String entry = lines.set(i, null);
      if (entry.isBlank()) {
        continue;
      }
      String where = "line " + (i + 1);
      JsonNode node;
      try {
        node = JSON.readTree(entry);
      } catch (JacksonException e) {
        throw new ReportException(jsonl, where + ": malformed JSON: " + e.getOriginalMessage(), e);
      }
      if (node == null || !node.isObject()) {
        throw new ReportException(jsonl, where + ": expected a JSON object");
      }
      String ruleId = text(jsonl, where, node, "ruleId");
      if (Catalogue.find(ruleId).isEmpty()) {
        continue;
      }
      String file = text(jsonl, where, node, "file");
      int line = number(jsonl, where, node, "line", 1, -1);
      int column = number(jsonl, where, node, "column", 0, 0);
      int endLine = Math.max(line, number(jsonl, where, node, "endLine", 0, line));
      int endColumn = number(jsonl, where, node, "endColumn", 0, 0);
      // Findings share their file's path and equal messages share one string.
      String message = messages.computeIfAbsent(stripCheckName(ruleId, text(jsonl, where, node, "message")), m -> m);
      String path = paths.get(file);
      if (path == null) {
        path = ReportFiles.repositoryPath(jsonl, repoRoot, file);
        paths.put(file, path);
      }
      findings.add(
          new Finding(
              Engine.ERROR_PRONE,
              ruleId,
              path,
              line,
              column,
              endLine,
              endColumn,
              message));
    }
    findings.sort(Finding.ORDER);
    return new EngineReport(jsonl, Engine.ERROR_PRONE, findings, List.of(), List.of());
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
