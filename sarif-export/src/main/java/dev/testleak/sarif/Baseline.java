package dev.testleak.sarif;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import dev.testleak.sarif.report.ReportFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
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
  private final Map<Key, List<Entry>> byKey = new HashMap<>();

  private Baseline(List<Entry> entries) {
    this.entries = entries;
    for (Entry entry : entries) {
      for (Key key : entry.keys()) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
      }
    }
  }

  /**
   * Reads a SARIF file; a file that is not one is a one-line {@link ReportException}. The file is
   * read as a stream, one result at a time: a baseline is as large as the log it came from, and
   * only what matching needs of each result is kept.
   */
  static Baseline read(Path file) throws ReportException {
    if (Files.isDirectory(file)) {
      throw new ReportException(file, "is a directory, not a SARIF file");
    }
    ReportFiles.checkUtf8(file);
    Entries entries = new Entries();
    try (BufferedReader reader = ReportFiles.openUtf8(file);
        JsonParser parser = JsonMapper.builder().build().createParser(reader)) {
      if (!readLog(parser, entries)) {
        throw new ReportException(file, "not a SARIF 2.1.0 log (expected an object with \"version\": \"2.1.0\" and \"runs\")");
      }
    } catch (JacksonException e) {
      throw new ReportException(file, "malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException | SecurityException e) {
      throw new ReportException(file, "cannot read: " + e, e);
    }
    return new Baseline(entries.list);
  }

  /**
   * The entries read so far. Rule ids, paths, levels, messages and fingerprint names repeat from
   * result to result; each is kept once, so a large baseline costs little more than its fingerprints.
   */
  private static final class Entries {
    final List<Entry> list = new ArrayList<>();
    private final Map<String, String> strings = new HashMap<>();

    String shared(String s) {
      String known = strings.putIfAbsent(s, s);
      return known == null ? s : known;
    }
  }

  /** Reads the log object into {@code entries}; false if it is no SARIF 2.1.0 log. */
  private static boolean readLog(JsonParser parser, Entries entries) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return false;
    }
    String version = null;
    boolean runs = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("version") && value == JsonToken.VALUE_STRING) {
        version = parser.getText();
      } else if (name.equals("runs") && value == JsonToken.START_ARRAY) {
        runs = true;
        readRuns(parser, entries);
      } else {
        parser.skipChildren();
      }
    }
    return runs && "2.1.0".equals(version);
  }

  /** The elements of {@code runs}, the parser on its START_ARRAY. */
  private static void readRuns(JsonParser parser, Entries entries) throws IOException {
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        parser.skipChildren();
        continue;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("results")) {
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode result = parser.readValueAsTree();
            Entry entry = entry(result, entries);
            if (entry != null) {
              entries.list.add(entry);
            }
          }
        } else {
          parser.skipChildren();
        }
      }
    }
  }

  /** What matching needs of one previous result; null for an absent one or one without rule or file. */
  private static Entry entry(JsonNode result, Entries strings) {
    if (result == null || ABSENT.equals(result.path("baselineState").asText())) {
      return null;
    }
    JsonNode location = result.path("locations").path(0).path("physicalLocation");
    String ruleId = result.path("ruleId").asText("");
    String uri = location.path("artifactLocation").path("uri").asText("");
    if (ruleId.isEmpty() || uri.isEmpty()) {
      return null;
    }
    Map<String, String> fingerprints = new TreeMap<>();
    result.path("partialFingerprints").fields()
        .forEachRemaining(f -> fingerprints.put(strings.shared(f.getKey()), f.getValue().asText()));
    JsonNode region = location.path("region");
    return new Entry(
        strings.shared(ruleId),
        strings.shared(uri),
        strings.shared(result.path("level").asText("warning")),
        strings.shared(result.path("message").path("text").asText("")),
        new Region(
            region.path("startLine").asInt(1),
            optional(region, "startColumn"),
            optional(region, "endLine"),
            optional(region, "endColumn")),
        fingerprints);
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
    for (Key key : keys(ruleId, uri, fingerprints)) {
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

  /** A previous result is found by one of its fingerprints together with its rule and file. */
  private record Key(String fingerprint, String ruleId, String uri, String value) {}

  private static List<Key> keys(String ruleId, String uri, Map<String, String> fingerprints) {
    List<Key> keys = new ArrayList<>(2);
    if (fingerprints != null) {
      for (String name : List.of(SarifLogBuilder.LINE_HASH, SarifLogBuilder.FINGERPRINT)) {
        String value = fingerprints.get(name);
        if (value != null) {
          keys.add(new Key(name, ruleId, uri, value));
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

    List<Key> keys() {
      return Baseline.keys(ruleId, uri, fingerprints);
    }
  }
}
