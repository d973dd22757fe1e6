package dev.testleak.conformance;

/** What the conformance suite compares: a rule reported on a line of a file. Columns differ by engine. */
record FindingKey(String ruleId, String path, int line) implements Comparable<FindingKey> {
  @Override
  public int compareTo(FindingKey other) {
    int byPath = path.compareTo(other.path);
    if (byPath != 0) {
      return byPath;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : ruleId.compareTo(other.ruleId);
  }

  @Override
  public String toString() {
    return path + ":" + line + " " + ruleId;
  }
}
