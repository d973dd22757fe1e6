package dev.testleak.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The committed expected findings of a project, {@code expected/<project>.tsv}: one line per finding,
 * {@code engine  rule  path  line  verdict  reason}, tab-separated, verdict {@code TP} or {@code FP} with a
 * one-line reason. A finding is matched on everything but verdict and reason.
 */
final class Expected {
  static final String HEADER = "# engine\trule\tpath\tline\tverdict\treason\n";

  private Expected() {}

  /** key -> "verdict\treason" of every line of the file (empty when there is none). */
  static Map<String, String> entries(Path tsv) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Engines.lines(tsv)) {
      String[] f = line.split("\t", 6);
      if (f.length < 4) {
        throw new IllegalStateException(tsv + ": not engine/rule/path/line/verdict/reason: " + line);
      }
      out.put(f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3],
          (f.length > 4 ? f[4] : "?") + "\t" + (f.length > 5 ? f[5] : ""));
    }
    return out;
  }

  static Map<String, String> verdicts(Path tsv) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    entries(tsv).forEach((k, v) -> out.put(k, v.split("\t", 2)[0]));
    return out;
  }

  /**
   * Prints what differs between the expected list, restricted to the engines that ran with testleak, and this
   * run's findings; true when nothing does.
   */
  static boolean check(Path tsv, Set<String> engines, List<Finding> findings) throws IOException {
    String name = tsv.getFileName().toString();
    if (!Files.exists(tsv)) {
      System.out.println("CHECK " + name + ": no expected list; a proposal is in target/results/");
      return false;
    }
    Set<String> expected = new TreeSet<>(entries(tsv).keySet());
    expected.removeIf(k -> !engines.contains(k.split("\t", 2)[0]));
    Set<String> actual = new TreeSet<>();
    findings.forEach(f -> actual.add(f.key()));
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(actual);
    List<String> added = new ArrayList<>(actual);
    added.removeAll(expected);
    missing.forEach(k -> System.out.println("CHECK " + name + ": expected, not found: " + k.replace('\t', ' ')));
    added.forEach(k -> System.out.println("CHECK " + name + ": new finding, not in the list: " + k.replace('\t', ' ')));
    if (missing.isEmpty() && added.isEmpty()) {
      System.out.println("CHECK " + name + ": " + expected.size() + " findings, as expected");
      return true;
    }
    return false;
  }

  /** Writes this run's findings as an expected list, keeping the verdicts and reasons already triaged. */
  static void writeProposal(Path tsv, Path out, List<Finding> findings) throws IOException {
    Map<String, String> known = entries(tsv);
    StringBuilder s = new StringBuilder(HEADER);
    for (Finding f : findings) {
      s.append(f.key()).append('\t').append(known.getOrDefault(f.key(), "?\t" + f.message().replace('\t', ' ')))
          .append('\n');
    }
    Files.writeString(out, s);
  }
}
