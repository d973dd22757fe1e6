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
  @JsonPropertyOrder({"tool", "invocations", "automationDetails", "originalUriBaseIds", "columnKind", "results"})
  public record Run(
      Tool tool,
      List<Invocation> invocations,
      AutomationDetails automationDetails,
      Map<String, ArtifactLocation> originalUriBaseIds,
      String columnKind,
      List<Result> results) {
    public Run {
      Objects.requireNonNull(tool);
      invocations = invocations == null ? null : List.copyOf(invocations);
      originalUriBaseIds = sorted(originalUriBaseIds);
      results = List.copyOf(results);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Tool(Driver driver) {}

  /**
   * §3.20 invocation: whether every engine whose report went into the run completed, and what the
   * engines reported about their own execution (files they could not analyse, analysis errors).
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"executionSuccessful", "toolExecutionNotifications"})
  public record Invocation(
      @JsonInclude(JsonInclude.Include.ALWAYS) boolean executionSuccessful,
      List<Notification> toolExecutionNotifications) {
    public Invocation {
      toolExecutionNotifications = List.copyOf(toolExecutionNotifications);
    }
  }

  /** §3.58 notification; {@code properties.engine} names the engine that reported it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"level", "message", "properties"})
  public record Notification(String level, Message message, Map<String, String> properties) {
    public Notification {
      Objects.requireNonNull(level);
      Objects.requireNonNull(message);
      properties = sorted(properties);
    }
  }

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
  @JsonPropertyOrder({
    "ruleId", "ruleIndex", "level", "message", "locations", "relatedLocations", "partialFingerprints",
    "baselineState", "suppressions", "properties"
  })
  public record Result(
      String ruleId,
      Integer ruleIndex,
      String level,
      Message message,
      List<Location> locations,
      List<Location> relatedLocations,
      Map<String, String> partialFingerprints,
      String baselineState,
      List<Suppression> suppressions,
      ResultProperties properties) {
    public Result {
      Objects.requireNonNull(ruleId);
      Objects.requireNonNull(level);
      Objects.requireNonNull(message);
      locations = List.copyOf(locations);
      relatedLocations = relatedLocations == null || relatedLocations.isEmpty() ? null : List.copyOf(relatedLocations);
      partialFingerprints = sorted(partialFingerprints);
      suppressions = suppressions == null ? null : List.copyOf(suppressions);
    }

    /** This result with the given baseline state. */
    public Result withBaselineState(String state) {
      return new Result(
          ruleId, ruleIndex, level, message, locations, relatedLocations, partialFingerprints, state, suppressions,
          properties);
    }
  }

  /** §3.35 suppression: {@code inSource} (an annotation or comment) or {@code external}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"kind", "justification"})
  public record Suppression(String kind, String justification) {
    public Suppression {
      Objects.requireNonNull(kind);
    }
  }

  /** The result's property bag: the engines that reported it, in engine order. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ResultProperties(List<String> engines) {
    public ResultProperties {
      engines = List.copyOf(engines);
    }
  }

  /**
   * §3.28 location. A related location (the retention path) has an {@code id} unique within its
   * result and a message saying what happens there.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "physicalLocation", "message"})
  public record Location(Integer id, PhysicalLocation physicalLocation, Message message) {
    public Location(PhysicalLocation physicalLocation) {
      this(null, physicalLocation, null);
    }
  }

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
