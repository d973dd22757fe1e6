package dev.testleak.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The subset of SARIF 2.1.0 that testleak writes, as immutable records that Jackson serialises in
 * the declared property order. Absent (null) properties are left out.
 *
 * <p>Why not {@code com.contrastsecurity:java-sarif}: its generated classes give {@code level} the
 * default {@code "warning"} and its serialisation leaves default values out, so an explicit {@code
 * "level": "warning"} disappears from the output; GitHub code scanning then falls back on the rule's
 * configuration, and readers of the file cannot tell. Thousands of generated classes for a dozen
 * objects are not worth that; {@code SarifTest} checks that the level is really written.
 */
public final class Sarif {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String VERSION = "2.1.0";
  /** The uriBaseId of every artifact location: the repository root. */
  public static final String SRCROOT = "%SRCROOT%";

  private Sarif() {}

  /** An unmodifiable copy with keys in sorted order, so the output does not depend on map order. */
  private static <V> Map<String, V> sorted(Map<String, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new TreeMap<>(map));
  }

  /** The whole file (§3.13 sarifLog). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"$schema", "version", "runs"})
  public record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    public Log {
      Objects.requireNonNull(schema);
      Objects.requireNonNull(version);
      runs = List.copyOf(runs);
    }
  }

  /** One engine's findings (§3.14). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"tool", "automationDetails", "originalUriBaseIds", "columnKind", "results"})
  public record Run(
      Tool tool,
      AutomationDetails automationDetails,
      Map<String, ArtifactLocation> originalUriBaseIds,
      String columnKind,
      List<Result> results) {
    public Run {
      Objects.requireNonNull(tool);
      originalUriBaseIds = sorted(originalUriBaseIds);
      results = List.copyOf(results);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Tool(Driver driver) {}

  /** §3.19 toolComponent, as the run's driver. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "informationUri", "version", "semanticVersion", "rules"})
  public record Driver(
      String name, String informationUri, String version, String semanticVersion, List<ReportingDescriptor> rules) {
    public Driver {
      Objects.requireNonNull(name);
      rules = List.copyOf(rules);
    }
  }

  /** §3.17 runAutomationDetails; GitHub reads {@code id} as the analysis category. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AutomationDetails(String id) {}

  /** A rule (§3.49 reportingDescriptor). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "id", "name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration", "properties"
  })
  public record ReportingDescriptor(
      String id,
      String name,
      Message shortDescription,
      Message fullDescription,
      MultiformatMessage help,
      String helpUri,
      Configuration defaultConfiguration,
      RuleProperties properties) {
    public ReportingDescriptor {
      Objects.requireNonNull(id);
    }
  }

  /** A plain-text message (§3.11). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Message(String text) {
    public Message {
      Objects.requireNonNull(text);
    }
  }

  /** §3.12 multiformatMessageString. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"text", "markdown"})
  public record MultiformatMessage(String text, String markdown) {
    public MultiformatMessage {
      Objects.requireNonNull(text);
    }
  }

  /** §3.50 reportingConfiguration. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Configuration(String level) {}

  /** The rule's property bag, with the properties GitHub code scanning reads. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"tags", "precision", "problem.severity"})
  public record RuleProperties(
      List<String> tags, String precision, @JsonProperty("problem.severity") String problemSeverity) {
    public RuleProperties {
      tags = List.copyOf(tags);
    }
  }

  /** §3.27 result. {@code level} is always written, even when it is SARIF's default "warning". */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"ruleId", "ruleIndex", "level", "message", "locations", "partialFingerprints"})
  public record Result(
      String ruleId,
      int ruleIndex,
      String level,
      Message message,
      List<Location> locations,
      Map<String, String> partialFingerprints) {
    public Result {
      Objects.requireNonNull(ruleId);
      Objects.requireNonNull(level);
      Objects.requireNonNull(message);
      locations = List.copyOf(locations);
      partialFingerprints = sorted(partialFingerprints);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Location(PhysicalLocation physicalLocation) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"artifactLocation", "region"})
  public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  /** §3.4 artifactLocation: a relative URI against {@code uriBaseId}, or an absolute one. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"uri", "uriBaseId"})
  public record ArtifactLocation(String uri, String uriBaseId) {}

  /** §3.30 region; 1-based lines and columns, end column exclusive. Unknown values are null. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"startLine", "startColumn", "endLine", "endColumn"})
  public record Region(Integer startLine, Integer startColumn, Integer endLine, Integer endColumn) {}
}
