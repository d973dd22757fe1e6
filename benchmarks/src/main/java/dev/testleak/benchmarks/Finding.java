package dev.testleak.benchmarks;

/**
 * One testleak finding: engine ({@code errorprone}, {@code spotbugs}, {@code pmd}), rule id, source path
 * relative to the test source root (e.g. {@code org/apache/Foo.java}), line and message.
 */
record Finding(String engine, String rule, String path, int line, String message)
    implements Comparable<Finding> {

  /** What a finding is compared by in the expected lists: everything but the message. */
  String key() {
    return engine + "\t" + rule + "\t" + path + "\t" + line;
  }

  @Override
  public int compareTo(Finding o) {
    int c = path.compareTo(o.path);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    if (c != 0) {
      return c;
    }
    c = engine.compareTo(o.engine);
    return c != 0 ? c : rule.compareTo(o.rule);
  }
}
