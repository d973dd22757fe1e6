package dev.testleak.sarif;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.catalogue.Rule;
import dev.testleak.sarif.model.Sarif;
import dev.testleak.sarif.model.Sarif.ArtifactLocation;
import dev.testleak.sarif.model.Sarif.Location;
import dev.testleak.sarif.model.Sarif.Message;
import dev.testleak.sarif.model.Sarif.PhysicalLocation;
import dev.testleak.sarif.model.Sarif.ReportingDescriptor;
import dev.testleak.sarif.model.Sarif.Result;
import dev.testleak.sarif.model.Sarif.Run;
import dev.testleak.sarif.report.Finding;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns the findings of each engine into one SARIF log: a run per engine that had input (even
 * without findings, so code scanning closes fixed alerts), in engine order, with the catalogue's rule
 * descriptors, each run's results sorted and without duplicates.
 */
final class SarifLogBuilder {
  /** The partial fingerprint testleak writes; see {@link #fingerprintBase}. */
  static final String FINGERPRINT = "testleakFingerprint/v1";

  private SarifLogBuilder() {}

  /**
   * The SARIF log of the given findings.
   *
   * @param repoRoot the repository root every finding's path is relative to
   * @param findings per engine that had input, in the order the runs are written
   */
  static Sarif.Log build(Path repoRoot, Map<Engine, List<Finding>> findings) {
    Path root = repoRoot.toAbsolutePath().normalize();
    SourceFiles sources = new SourceFiles(root);
    String version = ToolVersion.get();
    List<Run> runs = new ArrayList<>();
    findings.forEach((engine, list) -> runs.add(run(engine, distinct(list), root, sources, version)));
    return new Sarif.Log(Sarif.SCHEMA, Sarif.VERSION, runs);
  }

  /** The findings sorted in {@link Finding#ORDER}, each reported once. */
  static List<Finding> distinct(List<Finding> findings) {
    TreeSet<Finding> set = new TreeSet<>(Finding.ORDER);
    set.addAll(findings);
    return List.copyOf(set);
  }

  private static Run run(Engine engine, List<Finding> findings, Path root, SourceFiles sources, String version) {
    List<Rule> rules = new ArrayList<>();
    for (Rule rule : Catalogue.rules()) {
      if (rule.engines().contains(engine) || findings.stream().anyMatch(f -> f.ruleId().equals(rule.id()))) {
        rules.add(rule);
      }
    }
    Map<String, Integer> occurrences = new HashMap<>();
    List<Result> results = new ArrayList<>();
    for (Finding finding : findings) {
      Rule rule = Catalogue.get(finding.ruleId());
      String base = fingerprintBase(finding, sources);
      int occurrence = occurrences.merge(base, 1, Integer::sum);
      String message = finding.message().isBlank() ? rule.summary() : finding.message();
      results.add(
          new Result(
              rule.id(),
              rules.indexOf(rule),
              rule.severity().sarifLevel(),
              new Message(message),
              List.of(
                  new Location(
                      new PhysicalLocation(
                          new ArtifactLocation(uri(finding.path()), Sarif.SRCROOT), sources.region(finding)))),
              Map.of(FINGERPRINT, base + ":" + occurrence)));
    }
    Sarif.Driver driver =
        new Sarif.Driver(
            "testleak (" + engine.displayName() + ")",
            RuleDescriptors.PROJECT_URI,
            version,
            version,
            rules.stream().map(RuleDescriptors::descriptor).toList());
    return new Run(
        new Sarif.Tool(driver),
        new Sarif.AutomationDetails("testleak/" + engine.id() + "/"),
        Map.of(Sarif.SRCROOT, new ArtifactLocation(rootUri(root), null)),
        "utf16CodeUnits",
        results);
  }

  /**
   * A hash of the rule, the file and the flagged line's text with all white space removed, so it
   * survives lines moving and re-indentation; when the line cannot be read, the message stands in
   * for it. The caller appends {@code :<n>}, the finding's occurrence among equal hashes in the run,
   * as GitHub does for {@code primaryLocationLineHash}.
   */
  static String fingerprintBase(Finding finding, SourceFiles sources) {
    String flagged =
        sources
            .lineText(finding.path(), finding.line())
            .map(text -> "line:" + text.replaceAll("\\s+", ""))
            .orElse("message:" + finding.message().replaceAll("\\s+", " ").strip());
    String key = finding.ruleId() + "\n" + finding.path() + "\n" + flagged;
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** A repository path as a relative URI reference: percent-encoded, never mistaken for a scheme. */
  static String uri(String path) {
    String safe = path.contains(":") && path.indexOf(':') < (path + "/").indexOf('/') ? "./" + path : path;
    try {
      return new URI(null, null, safe, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a usable path: " + path, e);
    }
  }

  /** The repository root as a file: URI ending with '/', as SARIF requires of a base URI. */
  static String rootUri(Path root) {
    String uri = root.toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }
}
