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
import dev.testleak.sarif.model.Sarif.Suppression;
import dev.testleak.sarif.report.EngineReport;
import dev.testleak.sarif.report.Finding;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
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
 *
 * <p><b>Streaming.</b> The log is not built as a whole: {@link Built#results()} computes each result
 * when the writer asks for it, so memory holds the findings but never all the results.
 */
final class SarifLogBuilder {
  /** testleak's own partial fingerprint; see {@link Fingerprints}. */
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

  /**
   * The log, ready to be written: everything but the results, and the results as a one-time
   * sequence computed while they are written ({@link #results()}), so that no more than one of them
   * is held in memory at a time.
   *
   * @param driver the tool of every run
   * @param invocation the invocation of every run
   * @param originalUriBaseIds the base URIs of every run
   * @param runs each run's category and number of results, in order
   * @param results the results of all runs, in order; may be iterated once
   * @param resultCount the number of results
   * @param newResults results marked {@code new} against the baseline (0 without one)
   */
  record Built(
      Sarif.Driver driver,
      Invocation invocation,
      Map<String, ArtifactLocation> originalUriBaseIds,
      List<RunPart> runs,
      Iterator<Result> results,
      int resultCount,
      int newResults,
      boolean engineFailed,
      List<String> warnings) {}

  /** One run of the log: its category and how many of the results go into it. */
  record RunPart(String category, int results) {}

  /** Findings of several engines at one place, and the suppression when they are suppressed. */
  record Merged(Finding primary, List<Engine> engines, EngineReport.Suppressed suppression) {}

  private SarifLogBuilder() {}

  static Built build(Path repoRoot, List<EngineReport> reports, Options options) {
    Path root = repoRoot.toAbsolutePath().normalize();
    String version = ToolVersion.get();
    List<Rule> rules = Catalogue.rules();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }

    List<Merged> merged = merge(reports, options.keepSuppressed());
    Uris uris = new Uris();
    // With a baseline, a first pass reads only the flagged lines for the fingerprints and matches the
    // results in order; the states are kept, the results are not.
    String[] states = null;
    List<Result> absent = List.of();
    int newResults = 0;
    if (options.baseline() != null) {
      states = new String[merged.size()];
      Fingerprints fingerprints = new Fingerprints(new SourceFiles(root));
      for (int i = 0; i < merged.size(); i++) {
        Finding finding = merged.get(i).primary();
        states[i] =
            options.baseline().match(
                finding.ruleId(), uris.of(finding.path()), fingerprints.of(finding), message(finding, Catalogue.get(finding.ruleId())));
        if (states[i].equals(Baseline.NEW)) {
          newResults++;
        }
      }
      if (options.includeAbsent()) {
        absent = options.baseline().absent(ruleIndex::get);
      }
    }
    int total = merged.size() + absent.size();
    String[] resultUris = new String[total];
    for (int i = 0; i < merged.size(); i++) {
      resultUris[i] = uris.of(merged.get(i).primary().path());
    }
    for (int i = 0; i < absent.size(); i++) {
      resultUris[merged.size() + i] = absent.get(i).locations().get(0).physicalLocation().artifactLocation().uri();
    }

    List<Notification> notifications = notifications(reports);
    boolean failed = reports.stream().anyMatch(EngineReport::engineFailed);
    Invocation invocation = new Invocation(!failed, notifications);
    Sarif.Driver driver =
        new Sarif.Driver(TOOL_NAME, RuleDescriptors.PROJECT_URI, version, version, rules.stream().map(RuleDescriptors::descriptor).toList());
    Map<String, ArtifactLocation> base = new TreeMap<>(Map.of(Sarif.SRCROOT, new ArtifactLocation(rootUri(root), null)));

    int[] sizes = split(resultUris, options.limits().resultsPerRun());
    List<RunPart> runs = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      String category = sizes.length == 1 ? CATEGORY : CATEGORY + "part-" + (i + 1) + "/";
      runs.add(new RunPart(category, sizes[i]));
    }
    List<String> warnings = new ArrayList<>();
    if (sizes.length > 1) {
      warnings.add(
          total + " results exceed GitHub's limit of " + options.limits().resultsPerRun() + " per run: split into "
              + sizes.length + " runs with categories " + CATEGORY + "part-1/ to " + CATEGORY + "part-" + sizes.length
              + "/ (GitHub tracks alerts per category, so alerts move when the split changes)");
    }
    if (sizes.length > options.limits().runsPerFile()) {
      warnings.add(
          sizes.length + " runs exceed GitHub's limit of " + options.limits().runsPerFile()
              + " runs per file: GitHub will reject this file; baseline the findings or analyse fewer modules per upload");
    }
    Results results = new Results(new SourceFiles(root, true), merged, states, absent, ruleIndex, uris);
    return new Built(
        driver, invocation, Collections.unmodifiableMap(base), List.copyOf(runs), results, total, newResults, failed, List.copyOf(warnings));
  }

  /** The results in order, each computed when it is asked for. */
  private static final class Results implements Iterator<Result> {
    private final List<Merged> merged;
    private final String[] states;
    private final List<Result> absent;
    private final Map<String, Integer> ruleIndex;
    private final SourceFiles sources;
    private final Fingerprints fingerprints;
    private final RetentionPaths retentionPaths;
    private final Uris uris;
    private int next;
    /** The first result whose file has not been handed to {@link SourceFiles#loadAhead} yet. */
    private int ahead;

    Results(SourceFiles sources, List<Merged> merged, String[] states, List<Result> absent, Map<String, Integer> ruleIndex, Uris uris) {
      this.sources = sources;
      this.merged = merged;
      this.states = states;
      this.absent = absent;
      this.ruleIndex = ruleIndex;
      this.fingerprints = new Fingerprints(sources);
      this.retentionPaths = new RetentionPaths(sources, uris::of);
      this.uris = uris;
    }

    @Override
    public boolean hasNext() {
      return next < merged.size() + absent.size();
    }

    @Override
    public Result next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      int i = next++;
      if (i >= merged.size()) {
        return absent.get(i - merged.size());
      }
      loadAhead(i);
      return result(merged.get(i), states == null ? null : states[i]);
    }

    /**
     * Hands the files of the next results to the loader thread while this one computes and writes the
     * results of the current file (results come file by file). A file is outlined ahead when one of
     * its findings gets a retention path, and parsed only when one will need the tree: one without a
     * column (its region), or of a rule whose retention path the outline cannot give.
     */
    private void loadAhead(int current) {
      ahead = Math.max(ahead, current);
      while (ahead < merged.size() && sources.canLoadAhead()) {
        String path = merged.get(ahead).primary().path();
        SourceFiles.Needs needs = SourceFiles.Needs.LINES;
        int end = ahead;
        for (; end < merged.size() && merged.get(end).primary().path().equals(path); end++) {
          Finding f = merged.get(end).primary();
          if (f.line() >= 1 && (f.column() == 0 || RetentionPaths.needsTree(f.ruleId()))) {
            needs = SourceFiles.Needs.TREE;
          } else if (f.line() >= 1 && RetentionPaths.traces(f.ruleId()) && needs == SourceFiles.Needs.LINES) {
            needs = SourceFiles.Needs.OUTLINE;
          }
        }
        sources.loadAhead(path, needs);
        ahead = end;
      }
    }

    private Result result(Merged merged, String baselineState) {
      Finding finding = merged.primary();
      Rule rule = Catalogue.get(finding.ruleId());
      Region region = sources.region(finding);
      Map<String, String> partialFingerprints = fingerprints.of(finding);
      List<Suppression> suppressions = null;
      if (merged.suppression() != null) {
        String justification = merged.suppression().justification();
        suppressions = List.of(new Suppression(merged.suppression().kind(), justification.isBlank() ? null : justification));
      }
      return new Result(
          rule.id(),
          ruleIndex.get(rule.id()),
          rule.severity().sarifLevel(),
          new Message(message(finding, rule)),
          List.of(new Location(new PhysicalLocation(new ArtifactLocation(uris.of(finding.path()), Sarif.SRCROOT), region))),
          retentionPaths.of(rule, finding, region),
          partialFingerprints,
          baselineState,
          suppressions,
          new ResultProperties(merged.engines().stream().map(Engine::id).toList()));
    }
  }

  private static String message(Finding finding, Rule rule) {
    return finding.message().isBlank() ? rule.summary() : finding.message();
  }

  /** Repository paths as URIs, the last few remembered (results come file by file). */
  private static final class Uris {
    private final Map<String, String> cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 64;
          }
        };

    String of(String path) {
      return cache.computeIfAbsent(path, SarifLogBuilder::uri);
    }
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

  /**
   * Groups the findings by file, line and rule; sorted input keeps the findings of one file and line
   * together, so they are taken one line at a time. Within a rule, each engine's findings are paired
   * in message order; the order of the output does not matter (the caller sorts it).
   */
  private static List<Merged> mergeFindings(List<Finding> sorted, Map<Finding, EngineReport.Suppressed> suppressions) {
    List<Merged> out = new ArrayList<>(sorted.size());
    int from = 0;
    while (from < sorted.size()) {
      Finding first = sorted.get(from);
      int to = from + 1;
      while (to < sorted.size() && sorted.get(to).line() == first.line() && sorted.get(to).path().equals(first.path())) {
        to++;
      }
      if (to == from + 1) {
        out.add(new Merged(first, ENGINES.get(1 << first.engine().ordinal()), suppressions == null ? null : suppressions.get(first)));
      } else {
        mergeLine(sorted.subList(from, to), suppressions, out);
      }
      from = to;
    }
    return out;
  }

  /** Each set of engines as the list results name, by bit mask of the engines' ordinals. */
  private static final List<List<Engine>> ENGINES = engineLists();

  private static List<List<Engine>> engineLists() {
    List<List<Engine>> lists = new ArrayList<>();
    for (int mask = 0; mask < 1 << Engine.values().length; mask++) {
      List<Engine> engines = new ArrayList<>();
      for (Engine engine : Engine.values()) {
        if ((mask & 1 << engine.ordinal()) != 0) {
          engines.add(engine);
        }
      }
      lists.add(List.copyOf(engines));
    }
    return List.copyOf(lists);
  }

  /** Precedence for the primary finding, whose region and message the result takes: the most precise first. */
  private static final List<Engine> PRECISION = List.of(Engine.ERROR_PRONE, Engine.PMD, Engine.SPOTBUGS);

  private static final Comparator<Finding> BY_MESSAGE = Comparator.comparing(Finding::message).thenComparing(Finding.ORDER);

  /** The merged results of the findings of one file and line. */
  private static void mergeLine(List<Finding> line, Map<Finding, EngineReport.Suppressed> suppressions, List<Merged> out) {
    List<String> rules = new ArrayList<>(2);
    for (Finding f : line) {
      if (!rules.contains(f.ruleId())) {
        rules.add(f.ruleId());
      }
    }
    for (String rule : rules) {
      Map<Engine, List<Finding>> byEngine = new EnumMap<>(Engine.class);
      int size = 0;
      for (Finding f : line) {
        if (f.ruleId().equals(rule)) {
          List<Finding> list = byEngine.computeIfAbsent(f.engine(), e -> new ArrayList<>(1));
          list.add(f);
          size = Math.max(size, list.size());
        }
      }
      byEngine.values().forEach(list -> list.sort(BY_MESSAGE));
      for (int i = 0; i < size; i++) {
        Finding primary = null;
        int mask = 0;
        for (Engine engine : PRECISION) {
          List<Finding> list = byEngine.get(engine);
          if (list != null && i < list.size()) {
            if (primary == null) {
              primary = list.get(i);
            }
            mask |= 1 << engine.ordinal();
          }
        }
        out.add(new Merged(primary, ENGINES.get(mask), suppressions == null ? null : suppressions.get(primary)));
      }
    }
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

  /**
   * The sizes of runs of at most {@code limit} results, cut between files where a file boundary is
   * near, for results with the given artifact URIs.
   */
  static int[] split(String[] uris, int limit) {
    if (uris.length <= limit) {
      return new int[] {uris.length};
    }
    List<Integer> parts = new ArrayList<>();
    int start = 0;
    while (start < uris.length) {
      int end = Math.min(start + limit, uris.length);
      if (end < uris.length) {
        int cut = end;
        String file = uris[end];
        while (cut > start + limit / 2 && uris[cut - 1].equals(file)) {
          cut--;
        }
        if (cut > start + limit / 2) {
          end = cut;
        }
      }
      parts.add(end - start);
      start = end;
    }
    return parts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The findings sorted in {@link Finding#ORDER}, each reported once. The readers return their
   * findings sorted, so the (stable) sort mostly merges a few sorted runs; of equal findings the first
   * is kept.
   */
  static List<Finding> distinct(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    List<Finding> out = new ArrayList<>(sorted.size());
    for (Finding f : sorted) {
      if (out.isEmpty() || Finding.ORDER.compare(out.get(out.size() - 1), f) != 0) {
        out.add(f);
      }
    }
    return Collections.unmodifiableList(out);
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
