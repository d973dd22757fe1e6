package dev.testleak.sarif;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.testleak.sarif.model.Sarif;
import dev.testleak.sarif.model.Sarif.ArtifactLocation;
import dev.testleak.sarif.model.Sarif.Location;
import dev.testleak.sarif.model.Sarif.Message;
import dev.testleak.sarif.model.Sarif.PhysicalLocation;
import dev.testleak.sarif.model.Sarif.Region;
import dev.testleak.sarif.model.Sarif.Result;
import dev.testleak.sarif.report.ReportException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A previous SARIF file the new results are compared with ({@code --baseline}), so a team can adopt
 * testleak on a legacy suite and fail only on new findings. A result matches a previous one of the
 * same rule and file with the same {@code primaryLocationLineHash}, or else the same {@code
 * testleakFingerprint/v1}; both survive unrelated lines being added or removed above it. A matched
 * result is {@code unchanged} when its message is the same and {@code updated} when it is not; an
 * unmatched one is {@code new}. Previous results that no longer occur are {@code absent}; they are
 * written only on request ({@code --include-absent}), because GitHub code scanning ignores {@code
 * baselineState} and would show them as open alerts.
 */
final class Baseline {
  static final String NEW = "new";
  static final String UNCHANGED = "unchanged";
  static final String UPDATED = "updated";
  static final String ABSENT = "absent";

  private final List<Entry> entries;
  private final Map<String, List<Entry>> byKey = new HashMap<>();

  private Baseline(List<Entry> entries) {
    this.entries = entries;
    for (Entry entry : entries) {
      for (String key : entry.keys()) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
      }
    }
  }

  /** Reads a SARIF file; a file that is not one is a one-line {@link ReportException}. */
  static Baseline read(Path file) throws ReportException {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new ReportException(file, "is a directory, not a SARIF file");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ReportException(file, "no such file");
    } catch (IOException | SecurityException e) {
      throw new ReportException(file, "cannot read: " + e, e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ReportException(file, "not UTF-8 text", e);
    }
    if (text.isBlank()) {
      throw new ReportException(file, "empty file");
    }
    JsonNode log;
    try {
      log = JsonMapper.builder().build().readTree(text);
    } catch (JacksonException e) {
      throw new ReportException(file, "malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (log == null || !log.isObject() || !log.path("runs").isArray() || !"2.1.0".equals(log.path("version").asText())) {
      throw new ReportException(file, "not a SARIF 2.1.0 log (expected an object with \"version\": \"2.1.0\" and \"runs\")");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode run : log.get("runs")) {
      for (JsonNode result : run.path("results")) {
        if (ABSENT.equals(result.path("baselineState").asText())) {
          continue;
        }
        JsonNode location = result.path("locations").path(0).path("physicalLocation");
        String ruleId = result.path("ruleId").asText("");
        String uri = location.path("artifactLocation").path("uri").asText("");
        if (ruleId.isEmpty() || uri.isEmpty()) {
          continue;
        }
        Map<String, String> fingerprints = new TreeMap<>();
        result.path("partialFingerprints").fields().forEachRemaining(f -> fingerprints.put(f.getKey(), f.getValue().asText()));
        JsonNode region = location.path("region");
        entries.add(
            new Entry(
                ruleId,
                uri,
                result.path("level").asText("warning"),
                result.path("message").path("text").asText(""),
                new Region(
                    region.path("startLine").asInt(1),
                    optional(region, "startColumn"),
                    optional(region, "endLine"),
                    optional(region, "endColumn")),
                fingerprints));
      }
    }
    return new Baseline(entries);
  }

  private static Integer optional(JsonNode region, String field) {
    return region.path(field).isInt() ? region.get(field).asInt() : null;
  }

  /**
   * The baseline state of the next result, in the order the results are written: the first previous
   * result of the same rule and file not matched yet with the same {@code primaryLocationLineHash},
   * or else the same {@code testleakFingerprint/v1}, is matched ({@code unchanged} or {@code
   * updated}); without one the result is {@code new}. Results are matched one at a time so that none
   * of them has to be held in memory.
   */
  String match(String ruleId, String uri, Map<String, String> fingerprints, String message) {
    Entry match = null;
    for (String key : keys(ruleId, uri, fingerprints)) {
      for (Entry candidate : byKey.getOrDefault(key, List.of())) {
        if (!candidate.matched) {
          match = candidate;
          break;
        }
      }
      if (match != null) {
        break;
      }
    }
    if (match == null) {
      return NEW;
    }
    match.matched = true;
    return match.message.equals(message) ? UNCHANGED : UPDATED;
  }

  /**
   * The previous results {@link #match} matched none of, in the previous file's order, as results
   * with {@code baselineState: absent}.
   *
   * @param ruleIndex the index of a rule id among the run's rules, or null when the rule is gone
   */
  List<Result> absent(java.util.function.Function<String, Integer> ruleIndex) {
    List<Result> out = new ArrayList<>();
    for (Entry entry : entries) {
      if (!entry.matched) {
        out.add(
            new Result(
                entry.ruleId,
                ruleIndex.apply(entry.ruleId),
                entry.level,
                new Message(entry.message.isEmpty() ? entry.ruleId : entry.message),
                List.of(new Location(new PhysicalLocation(new ArtifactLocation(entry.uri, Sarif.SRCROOT), entry.region))),
                null,
                entry.fingerprints,
                ABSENT,
                null,
                null));
      }
    }
    return out;
  }

  private static List<String> keys(String ruleId, String uri, Map<String, String> fingerprints) {
    List<String> keys = new ArrayList<>(2);
    if (fingerprints != null) {
      for (String name : List.of(SarifLogBuilder.LINE_HASH, SarifLogBuilder.FINGERPRINT)) {
        String value = fingerprints.get(name);
        if (value != null) {
          keys.add(name + "\n" + ruleId + "\n" + uri + "\n" + value);
        }
      }
    }
    return keys;
  }

  private static final class Entry {
    final String ruleId;
    final String uri;
    final String level;
    final String message;
    final Region region;
    final Map<String, String> fingerprints;
    boolean matched;

    Entry(String ruleId, String uri, String level, String message, Region region, Map<String, String> fingerprints) {
      this.ruleId = ruleId;
      this.uri = uri;
      this.level = level;
      this.message = message;
      this.region = region;
      this.fingerprints = new LinkedHashMap<>(fingerprints);
    }

    List<String> keys() {
      return Baseline.keys(ruleId, uri, fingerprints);
    }
  }
}
