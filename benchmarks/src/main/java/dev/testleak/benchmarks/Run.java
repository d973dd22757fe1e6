package dev.testleak.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One configuration run over one project, e.g. {@code errorprone+testleak}.
 *
 * <p>{@code crashes} are what the benchmark must never see caused by testleak: a compiler crash
 * (javac exit code 3/4, Error Prone's "An unhandled exception was thrown"), a SpotBugs analysis error,
 * a PMD processing or configuration error. {@code testleakMs} is the time the tool itself measured in
 * testleak's checks during this run (Error Prone's per-check timings, SpotBugs' detector profile,
 * PMD's benchmark report), or -1.
 */
final class Run {
  final String engine;
  final String config;
  final boolean withTestleak;
  String notRun;
  int exit;
  long wallMs;
  long cpuMs;
  double testleakMs = -1;
  /** What {@code testleakMs} is a share of, measured by the same tool in the same run, or -1. */
  double inRunTotalMs = -1;
  final List<String> crashes = new ArrayList<>();
  final List<Finding> findings = new ArrayList<>();
  final Map<String, Object> details = new LinkedHashMap<>();

  Run(String engine, String config, boolean withTestleak) {
    this.engine = engine;
    this.config = config;
    this.withTestleak = withTestleak;
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("engine", engine);
    m.put("config", config);
    if (notRun != null) {
      m.put("notRun", notRun);
      return m;
    }
    m.put("exit", exit);
    m.put("wallMs", wallMs);
    m.put("cpuMs", cpuMs);
    m.put("testleakMs", testleakMs < 0 ? null : Math.round(testleakMs * 10) / 10.0);
    m.put("inRunTotalMs", inRunTotalMs < 0 ? null : Math.round(inRunTotalMs));
    m.put("crashes", crashes);
    m.put("testleakFindings", findings.size());
    m.putAll(details);
    return m;
  }
}
