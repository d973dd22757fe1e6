package dev.testleak.sarif;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.catalogue.Rule;
import dev.testleak.sarif.model.Sarif;
import dev.testleak.sarif.model.Sarif.ArtifactLocation;
import dev.testleak.sarif.model.Sarif.Invocation;
import dev.testleak.sarif.model.Sarif.Location;
import dev.testleak.sarif.model.Sarif.Message;
import dev.testleak.sarif.model.Sarif.Notification;
import dev.testleak.sarif.model.Sarif.PhysicalLocation;
import dev.testleak.sarif.model.Sarif.Region;
import dev.testleak.sarif.model.Sarif.Result;
import dev.testleak.sarif.model.Sarif.ResultProperties;
import dev.testleak.sarif.model.Sarif.Run;
import dev.testleak.sarif.model.Sarif.Suppression;
import dev.testleak.sarif.report.EngineReport;
import dev.testleak.sarif.report.Finding;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the engines' reports into one SARIF log.
 *
 * <p><b>One run for all engines, deduplicated.</b> The three engines implement the same rules and
 * report a finding on the same line (each rule's doc fixes it), so the log has one run, tool {@code
 * testleak}, category ({@code automationDetails.id}) {@code testleak/}, in which a finding of the same
 * rule at the same place (file and line) appears once, with {@code properties.engines} listing the
 * engines that found it. One run per engine would need a distinct category each (GitHub requires
 * distinct tool and category per run) and would show every finding up to three times as separate
 * alerts, each closed separately. The merged result takes its region from the most precise engine
 * (Error Prone, then PMD, which give columns; SpotBugs gives only a line, widened to the statement
 * there) and its message from the same finding. When one engine reports several findings of a rule on
 * one line (two fields grown on one line), they are paired with the other engines' by message.
 *
 * <p><b>GitHub's limits.</b> A run holds at most {@link Limits#resultsPerRun} results: beyond that
 * the results are split, at file boundaries where possible, into runs with categories {@code
 * testleak/part-1/}, {@code testleak/part-2/}, ... and a warning says so (GitHub tracks alerts per
 * category, so they move when the split changes); beyond {@link Limits#runsPerFile} runs a warning
 * says GitHub will reject the file.
 */
final class SarifLogBuilder {
  /** testleak's own partial fingerprint; see {@link #fingerprintBase}. */
  static final String FINGERPRINT = "testleakFingerprint/v1";
  /** GitHub's partial fingerprint, computed as the upload action would; see {@link LineHashes}. */
  static final String LINE_HASH = "primaryLocationLineHash";
  static final String TOOL_NAME = "testleak";
  static final String CATEGORY = "testleak/";

  /** GitHub code scanning's upload limits (docs: "SARIF support for code scanning"). */
  record Limits(int resultsPerRun, int runsPerFile) {
    static final Limits GITHUB = new Limits(25_000, 20);
  }

  /** What goes into the log besides the reports. */
  record Options(boolean keepSuppressed, Baseline baseline, boolean includeAbsent, Limits limits) {}

  /** The log and what the caller should know about it. */
  record Built(Sarif.Log log, int results, int newResults, boolean engineFailed, List<String> warnings) {}

  /** Findings of several engines at one place, and the suppression when they are suppressed. */
  record Merged(Finding primary, List<Engine> engines, EngineReport.Suppressed suppression) {}

  private SarifLogBuilder() {}

  static Built build(Path repoRoot, List<EngineReport> reports, Options options) {
    Path root = repoRoot.toAbsolutePath().normalize();
    SourceFiles sources = new SourceFiles(root);
    String version = ToolVersion.get();
    List<Rule> rules = Catalogue.rules();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }

    List<Merged> merged = merge(reports, options.keepSuppressed());
    List<Result> results = new ArrayList<>(merged.size());
    Map<String, Integer> occurrences = new HashMap<>();
    for (Merged m : merged) {
      results.add(result(m, rules, ruleIndex, sources, occurrences));
    }
    int newResults = 0;
    List<String> warnings = new ArrayList<>();
    if (options.baseline() != null) {
      Baseline.Applied applied = options.baseline().apply(results, options.includeAbsent(), ruleIndex::get);
      results = applied.results();
      newResults = applied.newResults();
    }

    List<Notification> notifications = notifications(reports);
    boolean failed = reports.stream().anyMatch(EngineReport::engineFailed);
    Invocation invocation = new Invocation(!failed, notifications);
    Sarif.Driver driver =
        new Sarif.Driver(TOOL_NAME, RuleDescriptors.PROJECT_URI, version, version, rules.stream().map(RuleDescriptors::descriptor).toList());
    Map<String, ArtifactLocation> base = Map.of(Sarif.SRCROOT, new ArtifactLocation(rootUri(root), null));

    List<List<Result>> parts = split(results, options.limits().resultsPerRun());
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String category = parts.size() == 1 ? CATEGORY : CATEGORY + "part-" + (i + 1) + "/";
      runs.add(new Run(new Sarif.Tool(driver), List.of(invocation), new Sarif.AutomationDetails(category), base, "utf16CodeUnits", parts.get(i)));
    }
    if (parts.size() > 1) {
      warnings.add(
          results.size() + " results exceed GitHub's limit of " + options.limits().resultsPerRun() + " per run: split into "
              + parts.size() + " runs with categories " + CATEGORY + "part-1/ to " + CATEGORY + "part-" + parts.size()
              + "/ (GitHub tracks alerts per category, so alerts move when the split changes)");
    }
    if (parts.size() > options.limits().runsPerFile()) {
      warnings.add(
          parts.size() + " runs exceed GitHub's limit of " + options.limits().runsPerFile()
              + " runs per file: GitHub will reject this file; baseline the findings or analyse fewer modules per upload");
    }
    return new Built(new Sarif.Log(Sarif.SCHEMA, Sarif.VERSION, runs), results.size(), newResults, failed, warnings);
  }

  /**
   * The reports' findings, one per rule and place, sorted: the engines' findings deduplicated, then,
   * with {@code keepSuppressed}, the suppressed ones (which never merge with unsuppressed ones).
   */
  static List<Merged> merge(List<EngineReport> reports, boolean keepSuppressed) {
    List<Finding> findings = new ArrayList<>();
    Map<Finding, EngineReport.Suppressed> suppressed = new HashMap<>();
    for (EngineReport report : reports) {
      findings.addAll(report.findings());
      if (keepSuppressed) {
        for (EngineReport.Suppressed s : report.suppressed()) {
          suppressed.putIfAbsent(s.finding(), s);
        }
      }
    }
    List<Merged> out = new ArrayList<>(mergeFindings(distinct(findings), null));
    List<Finding> suppressedFindings = distinct(new ArrayList<>(suppressed.keySet()));
    for (Merged m : mergeFindings(suppressedFindings, suppressed)) {
      out.add(m);
    }
    out.sort(Comparator.comparing(Merged::primary, Finding.ORDER).thenComparing(m -> m.suppression() != null));
    return out;
  }

  private static List<Merged> mergeFindings(List<Finding> sorted, Map<Finding, EngineReport.Suppressed> suppressions) {
    // Group by rule, file and line; sorted input keeps each group contiguous per (path, line).
    Map<String, Map<Engine, List<Finding>>> groups = new LinkedHashMap<>();
    for (Finding f : sorted) {
      groups
          .computeIfAbsent(f.path() + "\n" + f.line() + "\n" + f.ruleId(), k -> new EnumMap<>(Engine.class))
          .computeIfAbsent(f.engine(), e -> new ArrayList<>())
          .add(f);
    }
    List<Merged> out = new ArrayList<>();
    for (Map<Engine, List<Finding>> group : groups.values()) {
      int size = group.values().stream().mapToInt(List::size).max().orElse(0);
      group.values().forEach(list -> list.sort(Comparator.comparing(Finding::message).thenComparing(Finding.ORDER)));
      for (int i = 0; i < size; i++) {
        Finding primary = null;
        List<Engine> engines = new ArrayList<>();
        for (Engine engine : List.of(Engine.ERROR_PRONE, Engine.PMD, Engine.SPOTBUGS)) {
          List<Finding> list = group.get(engine);
          if (list != null && i < list.size()) {
            if (primary == null) {
              primary = list.get(i);
            }
            engines.add(engine);
          }
        }
        engines.sort(Comparator.naturalOrder());
        out.add(new Merged(primary, List.copyOf(engines), suppressions == null ? null : suppressions.get(primary)));
      }
    }
    return out;
  }

  private static Result result(
      Merged merged, List<Rule> rules, Map<String, Integer> ruleIndex, SourceFiles sources, Map<String, Integer> occurrences) {
    Finding finding = merged.primary();
    Rule rule = Catalogue.get(finding.ruleId());
    Region region = sources.region(finding);
    String base = fingerprintBase(finding, sources);
    int occurrence = occurrences.merge(base, 1, Integer::sum);
    Map<String, String> fingerprints = new TreeMap<>();
    fingerprints.put(FINGERPRINT, base + ":" + occurrence);
    if (finding.line() > 0) {
      sources.lineHash(finding.path(), region.startLine()).ifPresent(hash -> fingerprints.put(LINE_HASH, hash));
    }
    String message = finding.message().isBlank() ? rule.summary() : finding.message();
    List<Suppression> suppressions = null;
    if (merged.suppression() != null) {
      String justification = merged.suppression().justification();
      suppressions = List.of(new Suppression(merged.suppression().kind(), justification.isBlank() ? null : justification));
    }
    return new Result(
        rule.id(),
        ruleIndex.get(rule.id()),
        rule.severity().sarifLevel(),
        new Message(message),
        List.of(new Location(new PhysicalLocation(new ArtifactLocation(uri(finding.path()), Sarif.SRCROOT), region))),
        RetentionPaths.of(finding, region, sources),
        fingerprints,
        null,
        suppressions,
        new ResultProperties(merged.engines().stream().map(Engine::id).toList()));
  }

  private static List<Notification> notifications(List<EngineReport> reports) {
    TreeSet<List<String>> sorted = new TreeSet<>(Comparator.comparing((List<String> l) -> l.get(0)).thenComparing(l -> l.get(1)).thenComparing(l -> l.get(2)));
    for (EngineReport report : reports) {
      for (EngineReport.Notification n : report.notifications()) {
        sorted.add(List.of(report.engine().id(), n.level() == EngineReport.Notification.Level.ERROR ? "error" : "warning", n.message()));
      }
    }
    return sorted.stream()
        .map(l -> new Notification(l.get(1), new Message(l.get(2)), Map.of("engine", l.get(0))))
        .toList();
  }

  /** Runs of at most {@code limit} results, cut between files where a file boundary is near. */
  static List<List<Result>> split(List<Result> results, int limit) {
    if (results.size() <= limit) {
      return List.of(results);
    }
    List<List<Result>> parts = new ArrayList<>();
    int start = 0;
    while (start < results.size()) {
      int end = Math.min(start + limit, results.size());
      if (end < results.size()) {
        int cut = end;
        String file = uriOf(results.get(end));
        while (cut > start + limit / 2 && uriOf(results.get(cut - 1)).equals(file)) {
          cut--;
        }
        if (cut > start + limit / 2) {
          end = cut;
        }
      }
      parts.add(List.copyOf(results.subList(start, end)));
      start = end;
    }
    return parts;
  }

  private static String uriOf(Result result) {
    return result.locations().get(0).physicalLocation().artifactLocation().uri();
  }

  /** The findings sorted in {@link Finding#ORDER}, each reported once. */
  static List<Finding> distinct(List<Finding> findings) {
    TreeSet<Finding> set = new TreeSet<>(Finding.ORDER);
    set.addAll(findings);
    return List.copyOf(set);
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
            .map(text -> "line:" + withoutWhiteSpace(text))
            .orElse("message:" + finding.message().replaceAll("\\s+", " ").strip());
    String key = finding.ruleId() + "\n" + finding.path() + "\n" + flagged;
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String withoutWhiteSpace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Exactly what the regular expression \s matches, so fingerprints stay as they were.
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
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
