package dev.testleak.sarif;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The scale benchmark (not a timed test): generates a repository of {@code files} test classes with
 * {@code perFile} leaky static fields each, the three engines' reports on them (Error Prone and PMD
 * report every finding, SpotBugs every other one), merges them with {@link SarifExport} and prints the
 * wall time, the CPU time (main thread, whole JVM), the peak heap, the largest heap left after a
 * garbage collection during the merge (what is still reachable; the figure that shows whether memory
 * grows with the input) and the output size (compact, or indented with a third argument {@code
 * --pretty}). It calls nothing but {@link SarifExport} (and the run size limit), so the same harness
 * runs against an older build's jar to compare:
 *
 * <pre>java -Xmx1g -cp target/test-classes:target/testleak-sarif-export.jar dev.testleak.sarif.MergeBenchmark 2000 50</pre>
 *
 * docs/sarif.md records the numbers. {@code MergeBenchmarkTest} runs it small so it keeps working.
 */
public final class MergeBenchmark {
  private MergeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int perFile = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    boolean pretty = args.length > 2 && args[2].equals("--pretty");
    // -Dtestleak.bench.dir=DIR: generate in DIR (a fixed root, so the output's hash can be compared between builds).
    String fixed = System.getProperty("testleak.bench.dir");
    Path dir = fixed != null ? Files.createDirectories(Path.of(fixed)) : Files.createTempDirectory("testleak-bench");
    try {
      Result result = run(dir, files, perFile, pretty);
      System.out.printf(
          "findings: %d (%d engine reports: Error Prone %d, PMD %d, SpotBugs %d)%nresults: %d in %d run(s)%n"
              + "merge and write: %d ms (CPU %d ms main thread, %d ms process)%npeak heap: %d MiB (max heap %d MiB)%n"
              + "heap after a collection: at most %d MiB in %d collections%n"
          + "output: %d MiB (%s), SHA-256 %s%nload average: %.2f%n",
          files * perFile, result.engineFindings, files * perFile, files * perFile, (files * perFile + 1) / 2,
          result.outcome.results(), result.runs, result.millis, result.cpuMillis, result.processCpuMillis, result.peakHeap >> 20,
          Runtime.getRuntime().maxMemory() >> 20, result.maxHeapAfterGc >> 20, result.collections, result.outputBytes >> 20,
          pretty ? "pretty printed" : "compact", result.sha256, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      result.outcome.warnings().forEach(w -> System.out.println("warning: " + w));
    } finally {
      delete(dir);
    }
  }

  record Result(
      SarifExport.Outcome outcome,
      long millis,
      long cpuMillis,
      long processCpuMillis,
      long peakHeap,
      long maxHeapAfterGc,
      int collections,
      long outputBytes,
      String sha256,
      int runs,
      int engineFindings) {}

  static Result run(Path dir, int files, int perFile) throws Exception {
    return run(dir, files, perFile, false);
  }

  /** Generates the repository and its reports in {@code dir}, merges them into {@code dir/out.sarif}. */
  static Result run(Path dir, int files, int perFile, boolean pretty) throws Exception {
    Path root = dir.resolve("repo");
    Path src = root.resolve("app/src/test/java/bench");
    Files.createDirectories(src);
    Path target = Files.createDirectories(root.resolve("app/target"));
    String message =
        "static list ''{0}'' is grown by tests and never cleared, so everything added to it stays reachable for the rest of the"
            + " test JVM (the whole Surefire fork); clear it in a teardown hook (@AfterEach/@AfterAll, @After/@AfterClass,"
            + " @AfterMethod/@AfterClass) or make it an instance field";
    int engineFindings = 0;
    try (BufferedWriter ep = Files.newBufferedWriter(target.resolve("errorprone-test-classes.jsonl"));
        BufferedWriter pmd = Files.newBufferedWriter(target.resolve("pmd.xml"));
        BufferedWriter sb = Files.newBufferedWriter(target.resolve("spotbugsXml.xml"))) {
      pmd.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pmd xmlns=\"http://pmd.sourceforge.net/report/2.0.0\" version=\"7.27.0\">\n");
      sb.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BugCollection version=\"4.10.4\"><Project><SrcDir>" + root.resolve("app/src/test/java")
          + "</SrcDir></Project>\n");
      for (int f = 0; f < files; f++) {
        String name = "Leak" + f + "Test";
        Path file = src.resolve(name + ".java");
        StringBuilder source = new StringBuilder("package bench;\n\nimport java.util.ArrayList;\nimport java.util.List;\n\nclass " + name + " {\n");
        for (int i = 0; i < perFile; i++) {
          source.append("  static final List<String> F").append(i).append(" = new ArrayList<>();\n");
        }
        source.append("\n  @org.junit.jupiter.api.Test\n  void grows() {\n");
        int firstGrow = 6 + perFile + 4;
        for (int i = 0; i < perFile; i++) {
          source.append("    F").append(i).append(".add(\"x\");\n");
        }
        source.append("  }\n}\n");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        pmd.write("<file name=\"" + file + "\">\n");
        for (int i = 0; i < perFile; i++) {
          int line = firstGrow + i;
          String text = message.replace("''{0}''", "'F" + i + "'");
          int end = 5 + ("F" + i + ".add(\"x\")").length();
          ep.write("{\"ruleId\":\"StaticCollectionNeverCleared\",\"severity\":\"WARNING\",\"file\":\"" + file + "\",\"line\":" + line
              + ",\"column\":5,\"endLine\":" + line + ",\"endColumn\":" + end + ",\"message\":\"" + text + "\"}\n");
          pmd.write("<violation beginline=\"" + line + "\" endline=\"" + line + "\" begincolumn=\"5\" endcolumn=\"" + end
              + "\" rule=\"StaticCollectionNeverCleared\" ruleset=\"testleak\" priority=\"3\">" + text + "</violation>\n");
          engineFindings += 2;
          if ((f * perFile + i) % 2 == 0) {
            sb.write("<BugInstance type=\"StaticCollectionNeverCleared\" priority=\"2\"><LongMessage>" + text + "</LongMessage>"
                + "<SourceLine primary=\"true\" start=\"" + line + "\" end=\"" + line + "\" sourcepath=\"bench/" + name + ".java\"/></BugInstance>\n");
            engineFindings++;
          }
        }
        pmd.write("</file>\n");
      }
      pmd.write("</pmd>\n");
      sb.write("</BugCollection>\n");
    }
    // -Dtestleak.bench.baseline=true: measure a merge against a baseline as large as its output (a first,
    // unmeasured merge writes it), every result matched.
    Path baseline = null;
    if (Boolean.getBoolean("testleak.bench.baseline")) {
      baseline = dir.resolve("previous.sarif");
      SarifExport.run(
          new SarifExport.Request(root, baseline)
              .errorProne(target.resolve("errorprone-test-classes.jsonl"))
              .spotBugs(target.resolve("spotbugsXml.xml"))
              .pmd(target.resolve("pmd.xml")));
    }
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    Path out = dir.resolve("out.sarif");
    SarifExport.Request request =
        new SarifExport.Request(root, out)
            .errorProne(target.resolve("errorprone-test-classes.jsonl"))
            .spotBugs(target.resolve("spotbugsXml.xml"))
            .pmd(target.resolve("pmd.xml"))
            .pretty(pretty);
    HeapAfterGc afterGc = new HeapAfterGc();
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long processCpuStart = processCpuNanos();
    long start = System.nanoTime();
    SarifExport.Outcome outcome = SarifExport.run(baseline == null ? request : request.baseline(baseline));
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    long processCpuMillis = (processCpuNanos() - processCpuStart) / 1_000_000;
    afterGc.stop();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    int runs = Math.max(1, (outcome.results() + SarifLogBuilder.Limits.GITHUB.resultsPerRun() - 1) / SarifLogBuilder.Limits.GITHUB.resultsPerRun());
    return new Result(
        outcome, millis, cpuMillis, processCpuMillis, peak, afterGc.max(), afterGc.count(), Files.size(out), sha256(out), runs, engineFindings);
  }

  /**
   * The largest heap in use right after a garbage collection during the merge: what was still
   * reachable then (plus, with G1, old regions a young collection does not look at), as {@code
   * -Xlog:gc} shows it, without parsing the log.
   */
  private static final class HeapAfterGc implements javax.management.NotificationListener {
    private final java.util.concurrent.atomic.AtomicLong max = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.List<javax.management.NotificationEmitter> emitters = new java.util.ArrayList<>();

    HeapAfterGc() {
      for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof javax.management.NotificationEmitter emitter) {
          emitter.addNotificationListener(this, null, null);
          emitters.add(emitter);
        }
      }
    }

    @Override
    public void handleNotification(javax.management.Notification notification, Object handback) {
      if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
        return;
      }
      var info = com.sun.management.GarbageCollectionNotificationInfo.from((javax.management.openmbean.CompositeData) notification.getUserData());
      long used = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        java.lang.management.MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
        if (pool.getType() == MemoryType.HEAP && after != null) {
          used += after.getUsed();
        }
      }
      max.accumulateAndGet(used, Math::max);
      count.incrementAndGet();
    }

    void stop() {
      for (javax.management.NotificationEmitter emitter : emitters) {
        try {
          emitter.removeNotificationListener(this);
        } catch (javax.management.ListenerNotFoundException e) {
          // already gone
        }
      }
    }

    long max() {
      return max.get();
    }

    int count() {
      return count.get();
    }
  }

  /** The CPU time of the whole JVM (all threads, the garbage collector's and the JIT's included), or -1. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }

  private static String sha256(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
