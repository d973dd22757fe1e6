package dev.testleak.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.testleak.sarif.model.Sarif.ArtifactLocation;
import dev.testleak.sarif.model.Sarif.Location;
import dev.testleak.sarif.model.Sarif.Message;
import dev.testleak.sarif.model.Sarif.PhysicalLocation;
import dev.testleak.sarif.model.Sarif.Region;
import dev.testleak.sarif.model.Sarif.Result;
import dev.testleak.sarif.model.Sarif.Suppression;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Result} exactly as Jackson's data binding writes the record (its {@code
 * JsonPropertyOrder}, null properties left out, empty lists and maps kept), but with direct calls on
 * the streaming generator: a result is the one object written a hundred thousand times, and the data
 * binding reaches each property through reflection. {@code ResultWriterTest} holds the two to the same
 * bytes, compact and pretty printed.
 */
final class ResultWriter {
  private ResultWriter() {}

  static void write(JsonGenerator json, Result result) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", result.ruleId());
    if (result.ruleIndex() != null) {
      json.writeNumberField("ruleIndex", result.ruleIndex());
    }
    json.writeStringField("level", result.level());
    json.writeFieldName("message");
    message(json, result.message());
    json.writeFieldName("locations");
    locations(json, result.locations());
    if (result.relatedLocations() != null) {
      json.writeFieldName("relatedLocations");
      locations(json, result.relatedLocations());
    }
    if (result.partialFingerprints() != null) {
      json.writeFieldName("partialFingerprints");
      json.writeStartObject();
      for (Map.Entry<String, String> entry : result.partialFingerprints().entrySet()) {
        json.writeFieldName(entry.getKey());
        writeNullable(json, entry.getValue());
      }
      json.writeEndObject();
    }
    if (result.baselineState() != null) {
      json.writeStringField("baselineState", result.baselineState());
    }
    if (result.suppressions() != null) {
      json.writeFieldName("suppressions");
      json.writeStartArray();
      for (Suppression suppression : result.suppressions()) {
        json.writeStartObject();
        json.writeStringField("kind", suppression.kind());
        if (suppression.justification() != null) {
          json.writeStringField("justification", suppression.justification());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (result.properties() != null) {
      json.writeFieldName("properties");
      json.writeStartObject();
      json.writeFieldName("engines");
      json.writeStartArray();
      for (String engine : result.properties().engines()) {
        writeNullable(json, engine);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void message(JsonGenerator json, Message message) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", message.text());
    json.writeEndObject();
  }

  private static void locations(JsonGenerator json, List<Location> locations) throws IOException {
    json.writeStartArray();
    for (Location location : locations) {
      if (location == null) {
        json.writeNull();
        continue;
      }
      json.writeStartObject();
      if (location.id() != null) {
        json.writeNumberField("id", location.id());
      }
      if (location.physicalLocation() != null) {
        json.writeFieldName("physicalLocation");
        physicalLocation(json, location.physicalLocation());
      }
      if (location.message() != null) {
        json.writeFieldName("message");
        message(json, location.message());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void physicalLocation(JsonGenerator json, PhysicalLocation location) throws IOException {
    json.writeStartObject();
    ArtifactLocation artifact = location.artifactLocation();
    if (artifact != null) {
      json.writeFieldName("artifactLocation");
      json.writeStartObject();
      if (artifact.uri() != null) {
        json.writeStringField("uri", artifact.uri());
      }
      if (artifact.uriBaseId() != null) {
        json.writeStringField("uriBaseId", artifact.uriBaseId());
      }
      json.writeEndObject();
    }
    Region region = location.region();
    if (region != null) {
      json.writeFieldName("region");
      json.writeStartObject();
      number(json, "startLine", region.startLine());
      number(json, "startColumn", region.startColumn());
      number(json, "endLine", region.endLine());
      number(json, "endColumn", region.endColumn());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void number(JsonGenerator json, String name, Integer value) throws IOException {
    if (value != null) {
      json.writeNumberField(name, value);
    }
  }

  private static void writeNullable(JsonGenerator json, String value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value);
    }
  }
}
