package dev.testleak.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark and regression harness; {@code benchmarks/run.sh} fetches the inputs and calls it.
 *
 * <pre>
 * Harness --bench-dir DIR --jdk JDK [--projects a,b] [--configs c,d] [--quick] [--repeat N] [--check]
 *         [--recompute-excluded]
 * </pre>
 *
 * For each project it runs, one at a time and each as its own process: javac alone, javac + Error Prone,
 * javac + Error Prone + testleak over the test sources; SpotBugs, SpotBugs + testleak over the test classes;
 * PMD quickstart, quickstart + testleak, testleak alone over the test sources. It writes
 * {@code target/results/<project>.json} and {@code target/results/summary.md}, and with {@code --check}
 * compares testleak's findings with {@code expected/<project>.tsv}.
 *
 * <p>Exit codes: 0 fine; 1 findings differ from the expected lists (--check); 3 a crash or processing error
 * in a configuration with testleak that the same configuration without testleak does not have.
 */
public final class Harness {

  private final Path benchDir;
  private final Path results;
  private final Tools tools;
  private final Set<String> ruleIds;
  private final Engines engines;
  private final int repeat;
  private final boolean recomputeExcluded;
  /** The configurations to run (--configs), or null for all. */
  private Set<String> configs;

  private Harness(Path benchDir, Path results, Tools tools, int repeat, boolean recomputeExcluded)
      throws IOException {
    this.benchDir = benchDir;
    this.results = results;
    this.tools = tools;
    this.ruleIds = tools.ruleIds();
    this.engines = new Engines(tools, ruleIds);
    this.repeat = repeat;
    this.recomputeExcluded = recomputeExcluded;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick", "--check", "--recompute-excluded" -> opts.put(args[i], "true");
        case "--bench-dir", "--jdk", "--projects", "--configs", "--repeat", "--harness-classes", "--results", "--tools" ->
            opts.put(args[i], args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path benchDir = Path.of(opts.getOrDefault("--bench-dir", "benchmarks")).toAbsolutePath().normalize();
    Path jdk = Path.of(opts.getOrDefault("--jdk", System.getProperty("java.home")));
    Tools tools = Tools.load(Path.of(opts.getOrDefault("--tools", benchDir.resolve("target/tools").toString())), jdk,
        Path.of(opts.getOrDefault("--harness-classes", benchDir.resolve("target/classes").toString())));
    boolean quick = opts.containsKey("--quick");
    Path results = Path.of(opts.getOrDefault("--results", benchDir.resolve("target/results").toString()));
    Harness h = new Harness(benchDir, results, tools, Integer.parseInt(opts.getOrDefault("--repeat", "1")),
        opts.containsKey("--recompute-excluded"));
    if (opts.containsKey("--configs")) {
      h.configs = Set.copyOf(Arrays.asList(opts.get("--configs").split(",")));
    }

    List<Project> projects = Project.load(benchDir.resolve("projects.tsv"), benchDir.resolve("target/work"));
    if (opts.containsKey("--projects")) {
      List<String> wanted = Arrays.asList(opts.get("--projects").split(","));
      projects = projects.stream().filter(p -> wanted.contains(p.name())).toList();
    } else if (quick) {
      projects = projects.subList(0, 1);
    }
    Files.createDirectories(h.results);
    Map<Project, List<Run>> all = new LinkedHashMap<>();
    for (Project p : projects) {
      all.put(p, h.runProject(p));
    }
    String summary = h.summary(all);
    Files.writeString(h.results.resolve("summary.md"), summary);
    System.out.println(summary);

    int exit = h.crashesCausedByTestleak(all) ? 3 : 0;
    if (opts.containsKey("--check")) {
      boolean same = true;
      for (Map.Entry<Project, List<Run>> e : all.entrySet()) {
        Set<String> engines = e.getValue().stream().filter(r -> r.withTestleak && r.notRun == null)
            .map(r -> r.engine).collect(Collectors.toSet());
        same &= Expected.check(benchDir.resolve("expected/" + e.getKey().name() + ".tsv"), engines,
            findings(e.getValue()));
      }
      if (!same && exit == 0) {
        exit = 1;
      }
    }
    System.exit(exit);
  }

  // ---------------------------------------------------------------- one project

  private List<Run> runProject(Project p) throws Exception {
    log("== " + p.name() + " (" + p.coordinates() + ")");
    p.unpack();
    Path dir = results.resolve(p.name());
    Files.createDirectories(dir);
    List<Path> all = p.allSources();
    // The compile set (and excluded/<project>.txt) matters only to the javac configurations; SpotBugs and PMD
    // see everything, so a run of theirs alone (--configs) does not pay for computing it.
    boolean javacRuns = configs == null
        || configs.stream().anyMatch(c -> c.equals("javac") || c.startsWith("errorprone"));
    List<Path> compiled = javacRuns ? compileSet(p, all, dir) : all;

    Path sourcesFile = dir.resolve("sources.txt");
    Files.write(sourcesFile, compiled.stream().map(Path::toString).toList());
    if (javacRuns) {
      // The same compilation, for the JMH benchmark.
      Files.write(p.work().resolve("sources.txt"), compiled.stream().map(Path::toString).toList());
      Files.writeString(p.work().resolve("compile-classpath.txt"), p.compileClasspath() + "\n");
    }
    List<Run> runs = new ArrayList<>();
    runs.add(new Run("errorprone", "javac", false));
    runs.add(new Run("errorprone", "errorprone", false));
    runs.add(new Run("errorprone", "errorprone+testleak", true));
    runs.add(new Run("spotbugs", "spotbugs", false));
    runs.add(new Run("spotbugs", "spotbugs+testleak", true));
    runs.add(new Run("pmd", "pmd-quickstart", false));
    runs.add(new Run("pmd", "pmd-quickstart+testleak", true));
    runs.add(new Run("pmd", "pmd-testleak", true));
    if (configs != null) {
      runs.removeIf(r -> !configs.contains(r.config));
    }
    Map<Run, List<Run>> tries = new LinkedHashMap<>();
    for (Run run : runs) {
      String missing = missingTool(run);
      if (missing != null) {
        run.notRun = missing;
        log(String.format("  %-24s not run: %s", run.config, missing));
      } else {
        tries.put(run, new ArrayList<>());
      }
    }
    // Round-robin (ABCABC...), not one configuration's tries in a row (AAABBBCCC): a drift in the machine's
    // speed over the minutes of a run then touches every configuration alike instead of whichever ran last.
    for (int round = 1; round <= repeat; round++) {
      for (Map.Entry<Run, List<Run>> e : tries.entrySet()) {
        Run run = e.getKey();
        Run t = new Run(run.engine, run.config, run.withTestleak);
        executeOnce(p, t, sourcesFile, dir);
        e.getValue().add(t);
        if (repeat > 1) {
          log(String.format("  %-24s try %d/%d wall %7.1f s", run.config, round, repeat, t.wallMs / 1000.0));
        }
      }
    }
    for (Map.Entry<Run, List<Run>> e : tries.entrySet()) {
      Run run = e.getKey();
      keepMedian(run, e.getValue());
      log(String.format("  %-24s wall %7.1f s  cpu %7.1f s  exit %d  crashes %d  testleak findings %d%s", run.config,
          run.wallMs / 1000.0, run.cpuMs / 1000.0, run.exit, run.crashes.size(), run.findings.size(),
          run.testleakMs >= 0 ? String.format("  testleak in-run %.0f ms", run.testleakMs) : ""));
    }

    Map<String, Object> json = new LinkedHashMap<>();
    json.put("project", p.name());
    json.put("coordinates", p.coordinates());
    json.put("testSourceFiles", all.size());
    json.put("testSourceLines", lines(all));
    if (javacRuns) {
      json.put("compiledFiles", compiled.size());
      json.put("compiledLines", lines(compiled));
      json.put("excludedFiles", all.size() - compiled.size());
    }
    json.put("runs", runs.stream().map(Run::toJson).toList());
    json.put("findings", findings(runs).stream().map(f -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("engine", f.engine());
      m.put("rule", f.rule());
      m.put("file", f.path());
      m.put("line", f.line());
      m.put("message", f.message());
      return m;
    }).toList());
    Files.writeString(results.resolve(p.name() + ".json"), Json.write(json));
    Expected.writeProposal(benchDir.resolve("expected/" + p.name() + ".tsv"),
        results.resolve(p.name() + ".expected.tsv"), findings(runs));
    return runs;
  }

  private String missingTool(Run run) {
    if (!run.withTestleak) {
      return null;
    }
    return switch (run.engine) {
      case "errorprone" -> tools.errorProneWithTestleak() == null ? "testleak-errorprone-checks not installed" : null;
      case "spotbugs" -> tools.spotbugsPlugin() == null ? "testleak-spotbugs-detectors not installed" : null;
      default -> tools.pmdWithTestleak() == null ? "testleak-pmd-rules not installed" : null;
    };
  }

  /** Makes {@code run} the try of median wall time of its {@code inOrder} tries, crashes of every try kept. */
  private void keepMedian(Run run, List<Run> inOrder) {
    List<Run> tries = new ArrayList<>(inOrder);
    tries.sort(Comparator.comparingLong(t -> t.wallMs));
    Run median = tries.get(tries.size() / 2);
    run.exit = median.exit;
    run.wallMs = median.wallMs;
    run.cpuMs = median.cpuMs;
    run.testleakMs = median.testleakMs;
    run.inRunTotalMs = median.inRunTotalMs;
    run.details.putAll(median.details);
    if (inOrder.size() > 1) {
      // Every try, in the order run: how far apart they are says how much an A/B difference means.
      run.details.put("tries", inOrder.stream()
          .map(t -> new TreeMap<>(Map.of("wallMs", t.wallMs, "cpuMs", t.cpuMs)))
          .toList());
    }
    tries.forEach(t -> t.crashes.stream().filter(c -> !run.crashes.contains(c)).forEach(run.crashes::add));
    run.findings.addAll(median.findings);
    run.findings.sort(null);
  }

  private void executeOnce(Project p, Run run, Path sourcesFile, Path dir) throws Exception {
    Path log = dir.resolve(run.config + ".log");
    // Other processes on the machine distort wall times: record how busy it was when the run started.
    run.details.put("loadAverage1m", Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
    Exec.Result r;
    switch (run.engine) {
      case "errorprone" -> {
        Path out = dir.resolve("out/" + run.config);
        deleteTree(out);
        Files.createDirectories(out);
        deleteTree(dir.resolve(run.config + ".report"));
        Files.deleteIfExists(dir.resolve(run.config + ".timings.tsv"));
        r = Exec.run(engines.javac(p, run, sourcesFile, out, dir), log);
        engines.readJavac(p, run, r, dir);
      }
      case "spotbugs" -> {
        Path xml = dir.resolve(run.config + ".xml");
        Files.deleteIfExists(xml);
        r = Exec.run(engines.spotbugs(p, run, xml), log);
        engines.readSpotBugs(run, r, xml);
      }
      default -> {
        Path xml = dir.resolve(run.config + ".xml");
        Files.deleteIfExists(xml);
        List<String> rulesets = switch (run.config) {
          case "pmd-quickstart" -> List.of("rulesets/java/quickstart.xml");
          case "pmd-quickstart+testleak" -> List.of("rulesets/java/quickstart.xml", "dev/testleak/pmd/testleak.xml");
          default -> List.of("dev/testleak/pmd/testleak.xml");
        };
        r = Exec.run(engines.pmd(p, rulesets, run.withTestleak ? tools.pmdWithTestleak() : tools.pmd(), xml), log);
        engines.readPmd(run, r, xml);
      }
    }
    run.exit = r.exit();
    run.wallMs = r.wallMs();
    run.cpuMs = r.cpuMs();
  }

  /**
   * The test sources javac compiles: all of them but those listed in {@code excluded/<project>.txt}. When that
   * list is missing (or with --recompute-excluded) it is computed and written: javac alone compiles the set,
   * every file it reports an error in is dropped, and this repeats until javac succeeds. The published tests jar
   * is on the class path, so dropped files' classes still resolve and the drops do not cascade much.
   */
  private List<Path> compileSet(Project p, List<Path> all, Path dir) throws Exception {
    Path listFile = benchDir.resolve("excluded/" + p.name() + ".txt");
    Set<String> excluded = new TreeSet<>(Engines.lines(listFile));
    if (Files.exists(listFile) && !recomputeExcluded) {
      return all.stream().filter(f -> !excluded.contains(p.relative(f))).toList();
    }
    excluded.clear();
    Path sourcesFile = dir.resolve("sources.txt");
    for (int round = 1; round <= 20; round++) {
      List<Path> set = all.stream().filter(f -> !excluded.contains(p.relative(f))).toList();
      Files.write(sourcesFile, set.stream().map(Path::toString).toList());
      Path out = dir.resolve("out/excluded");
      deleteTree(out);
      Files.createDirectories(out);
      Exec.Result r = Exec.run(engines.javac(p, new Run("errorprone", "javac", false), sourcesFile, out, dir),
          dir.resolve("excluded-round-" + round + ".log"));
      if (r.exit() == 0) {
        Files.createDirectories(listFile.getParent());
        Files.writeString(listFile, "# Test sources of " + p.coordinates() + " that javac (JDK "
            + Runtime.version().feature() + ", -proc:none) does not compile against the published test class path;\n"
            + "# computed by benchmarks/run.sh --recompute-excluded (see docs/benchmarks.md). Paths relative to the"
            + " test source root.\n" + String.join("\n", excluded) + (excluded.isEmpty() ? "" : "\n"));
        log("  excluded " + excluded.size() + " of " + all.size() + " files (" + listFile + ")");
        return set;
      }
      Set<Path> bad = Engines.filesWithErrors(r.output());
      if (bad.isEmpty()) {
        throw new IllegalStateException("javac failed on " + p.name() + " without a file to blame; see "
            + dir.resolve("excluded-round-" + round + ".log"));
      }
      bad.forEach(f -> excluded.add(p.relative(f)));
      log("  round " + round + ": javac errors in " + bad.size() + " files, excluding them");
    }
    throw new IllegalStateException("javac still fails on " + p.name() + " after 20 rounds of exclusion");
  }

  // ---------------------------------------------------------------- reporting

  static List<Finding> findings(List<Run> runs) {
    // A finding once per engine: PMD's two runs with testleak report the same ones (the union is kept).
    Map<String, Finding> out = new TreeMap<>();
    for (Run r : runs) {
      r.findings.forEach(f -> out.putIfAbsent(f.key(), f));
    }
    return out.values().stream().sorted().toList();
  }

  private boolean crashesCausedByTestleak(Map<Project, List<Run>> all) {
    boolean any = false;
    for (Map.Entry<Project, List<Run>> e : all.entrySet()) {
      Map<String, Run> byConfig = e.getValue().stream().collect(Collectors.toMap(r -> r.config, r -> r));
      for (Run r : e.getValue()) {
        if (!r.withTestleak || r.notRun != null) {
          continue;
        }
        Run base = byConfig.get(switch (r.config) {
          case "errorprone+testleak" -> "errorprone";
          case "spotbugs+testleak" -> "spotbugs";
          default -> "pmd-quickstart";
        });
        List<String> ours = r.crashes.stream().filter(c -> base == null || !base.crashes.contains(c)).toList();
        if (!ours.isEmpty()) {
          any = true;
          System.out.println("CRASH caused by testleak in " + e.getKey().name() + " / " + r.config + ":");
          ours.forEach(c -> System.out.println("  " + c));
        }
      }
    }
    return any;
  }

  private String summary(Map<Project, List<Run>> all) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("## Runs\n\n| project | configuration | wall s | CPU s | exit | crashes/errors | testleak findings "
        + "| testleak in-run ms |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
    Map<String, long[]> totals = new LinkedHashMap<>(); // config -> wall, cpu
    Map<String, double[]> inRun = new LinkedHashMap<>(); // config -> testleak ms, what it is a share of
    for (Map.Entry<Project, List<Run>> e : all.entrySet()) {
      for (Run r : e.getValue()) {
        if (r.notRun != null) {
          s.append(String.format("| %s | %s | not run: %s | | | | | |%n", e.getKey().name(), r.config, r.notRun));
          continue;
        }
        s.append(String.format("| %s | %s | %.1f | %.1f | %d | %d | %d | %s |%n", e.getKey().name(), r.config,
            r.wallMs / 1000.0, r.cpuMs / 1000.0, r.exit, r.crashes.size(), r.findings.size(),
            r.testleakMs < 0 ? "" : String.format("%.0f", r.testleakMs)));
        long[] t = totals.computeIfAbsent(r.config, k -> new long[2]);
        t[0] += r.wallMs;
        t[1] += r.cpuMs;
        if (r.testleakMs >= 0 && r.inRunTotalMs > 0) {
          double[] t2 = inRun.computeIfAbsent(r.config, k -> new double[2]);
          t2[0] += r.testleakMs;
          t2[1] += r.inRunTotalMs;
        }
      }
    }
    s.append("\n## Cost of testleak (all projects above together)\n\n"
        + "| engine | measured in the run with testleak | A/B: (with − without) / with, CPU | A/B, wall | goal |\n"
        + "|---|---:|---:|---:|---:|\n");
    costRow(s, totals, inRun, "Error Prone (share of the Error Prone-enabled compile)", "errorprone+testleak",
        "errorprone", "3 %");
    costRow(s, totals, inRun, "SpotBugs (share of the SpotBugs run)", "spotbugs+testleak", "spotbugs", "10 %");
    costRow(s, totals, inRun, "PMD (share of PMD with quickstart)", "pmd-quickstart+testleak", "pmd-quickstart",
        "10 %");

    s.append("\n## testleak findings\n\n| project | engine | rule | findings | TP | FP | untriaged |\n"
        + "|---|---|---|---:|---:|---:|---:|\n");
    Map<String, int[]> perRule = new TreeMap<>();
    for (Map.Entry<Project, List<Run>> e : all.entrySet()) {
      Map<String, String> verdicts = Expected.verdicts(benchDir.resolve("expected/" + e.getKey().name() + ".tsv"));
      Map<String, int[]> counts = new TreeMap<>();
      for (Finding f : findings(e.getValue())) {
        int[] c = counts.computeIfAbsent(f.engine() + " | " + f.rule(), k -> new int[4]);
        int[] t = perRule.computeIfAbsent(f.engine() + " | " + f.rule(), k -> new int[4]);
        String v = verdicts.getOrDefault(f.key(), "?");
        int idx = v.equals("TP") ? 1 : v.equals("FP") ? 2 : 3;
        c[0]++;
        c[idx]++;
        t[0]++;
        t[idx]++;
      }
      counts.forEach((k, c) -> s.append(String.format("| %s | %s | %d | %d | %d | %d |%n", e.getKey().name(), k,
          c[0], c[1], c[2], c[3])));
    }
    s.append("\n## Precision per rule and engine (triaged findings)\n\n| engine | rule | TP | FP | untriaged "
        + "| precision |\n|---|---|---:|---:|---:|---:|\n");
    perRule.forEach((k, c) -> s.append(String.format("| %s | %d | %d | %d | %s |%n", k, c[1], c[2], c[3],
        c[1] + c[2] == 0 ? "n/a" : String.format("%.0f %%", 100.0 * c[1] / (c[1] + c[2])))));
    return s.toString();
  }

  private static void costRow(StringBuilder s, Map<String, long[]> totals, Map<String, double[]> inRun, String label,
      String with, String without, String goal) {
    long[] w = totals.get(with);
    long[] wo = totals.get(without);
    if (w == null || wo == null) {
      s.append(String.format("| %s | not run | | | %s |%n", label, goal));
      return;
    }
    double[] ours = inRun.get(with);
    s.append(String.format("| %s | %s | %.1f %% | %.1f %% | ≤ %s |%n", label,
        ours == null ? "n/a" : String.format("%.2f %% (%.1f s of %.1f s)", 100 * ours[0] / ours[1], ours[0] / 1000,
            ours[1] / 1000.0),
        100.0 * (w[1] - wo[1]) / w[1], 100.0 * (w[0] - wo[0]) / w[0], goal));
  }

  private static long lines(List<Path> files) throws IOException {
    long n = 0;
    for (Path f : files) {
      try (Stream<String> l = Files.lines(f, java.nio.charset.StandardCharsets.ISO_8859_1)) {
        n += l.count();
      }
    }
    return n;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }

  private static void log(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
