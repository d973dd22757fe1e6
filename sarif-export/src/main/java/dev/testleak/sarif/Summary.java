package dev.testleak.sarif;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.catalogue.Rule;
import dev.testleak.sarif.report.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code --summary} text: findings by rule and engine ("-" for an engine without input), the files
 * with the most findings, and where the SARIF file went. The table counts each engine's findings
 * (duplicates an engine reported twice count once); the first line counts SARIF results, in which a
 * finding several engines reported counts once.
 */
final class Summary {
  static final int TOP_FILES = 10;

  private Summary() {}

  /**
   * @param findings per engine that had input, duplicates already removed
   * @param results the SARIF results: findings of several engines at one place count once
   */
  static String render(Map<Engine, List<Finding>> findings, int results, Path output) {
    StringBuilder out = new StringBuilder();
    int total = findings.values().stream().mapToInt(List::size).sum();
    out.append("testleak: ").append(results).append(results == 1 ? " finding" : " findings")
        .append(" (").append(total).append(" reported by the engines)").append('\n');

    List<String> header = new ArrayList<>(List.of("Rule"));
    for (Engine engine : Engine.values()) {
      header.add(engine.displayName());
    }
    header.add("Total");
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    int[] engineTotals = new int[Engine.values().length];
    for (Rule rule : Catalogue.rules()) {
      List<String> row = new ArrayList<>(List.of(rule.id()));
      int ruleTotal = 0;
      for (Engine engine : Engine.values()) {
        List<Finding> ofEngine = findings.get(engine);
        if (ofEngine == null) {
          row.add("-");
          continue;
        }
        int count = (int) ofEngine.stream().filter(f -> f.ruleId().equals(rule.id())).count();
        engineTotals[engine.ordinal()] += count;
        ruleTotal += count;
        row.add(Integer.toString(count));
      }
      row.add(Integer.toString(ruleTotal));
      rows.add(row);
    }
    List<String> totals = new ArrayList<>(List.of("Total"));
    for (Engine engine : Engine.values()) {
      totals.add(findings.containsKey(engine) ? Integer.toString(engineTotals[engine.ordinal()]) : "-");
    }
    totals.add(Integer.toString(total));
    rows.add(totals);
    out.append("\nFindings by rule and engine\n");
    table(out, rows);

    Map<String, Integer> byFile = new TreeMap<>();
    findings.values().forEach(list -> list.forEach(f -> byFile.merge(f.path(), 1, Integer::sum)));
    if (!byFile.isEmpty()) {
      List<Map.Entry<String, Integer>> files = new ArrayList<>(byFile.entrySet());
      files.sort(
          Comparator.comparing(Map.Entry<String, Integer>::getValue).reversed().thenComparing(Map.Entry::getKey));
      out.append("\nFiles with the most findings (")
          .append(Math.min(TOP_FILES, files.size()))
          .append(" of ")
          .append(files.size())
          .append(")\n");
      List<List<String>> fileRows = new ArrayList<>();
      fileRows.add(List.of("Findings", "File"));
      for (Map.Entry<String, Integer> file : files.subList(0, Math.min(TOP_FILES, files.size()))) {
        fileRows.add(List.of(Integer.toString(file.getValue()), file.getKey()));
      }
      table(out, fileRows);
    }
    out.append("\nSARIF written to ").append(output).append('\n');
    return out.toString();
  }

  /** Columns padded to their widest cell; the first column left-aligned unless numeric, the rest right. */
  private static void table(StringBuilder out, List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    boolean numbersFirst = rows.size() > 1 && rows.get(1).get(0).matches("\\d+");
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < columns; i++) {
        boolean left = i == 0 ? !numbersFirst : i == columns - 1 && numbersFirst;
        String cell = row.get(i);
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(left ? cell + pad : pad + cell);
        if (i < columns - 1) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
