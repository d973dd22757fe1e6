package dev.testleak.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** How each engine is launched over a project, and how its output is read back. */
final class Engines {

  /** The flags javac's JVM needs for Error Prone (as in .mvn/jvm.config), given to every javac run alike. */
  static final List<String> JAVAC_JVM_FLAGS = Stream.of(
          "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.main=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.model=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.processing=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED",
          "--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED",
          "--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED")
      .map(f -> "-J" + f).toList();

  static final String EP_CRASH = "An unhandled exception was thrown by the Error Prone";

  private static final Pattern JAVAC_ERROR = Pattern.compile("(?m)^(/[^\\n]+?\\.java):\\d+: error: ");
  private static final Pattern JAVAC_WARNING =
      Pattern.compile("(?m)^(/[^\\n]+?\\.java):(\\d+): warning: \\[(\\w+)\\] ([^\\n]*)$");

  private final Tools tools;
  private final Set<String> ruleIds;

  Engines(Tools tools, Set<String> ruleIds) {
    this.tools = tools;
    this.ruleIds = ruleIds;
  }

  // ---------------------------------------------------------------- javac / Error Prone

  /** javac's command line: the same for the three configurations but for the Error Prone arguments. */
  List<String> javac(Project p, Run run, Path sourcesFile, Path outDir, Path resultDir) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(tools.jdk().resolve("bin/javac").toString());
    cmd.add("-J-Xmx6g");
    cmd.addAll(JAVAC_JVM_FLAGS);
    cmd.addAll(List.of("-d", outDir.toString(), "-encoding", "UTF-8", "-proc:none", "-Xlint:none",
        "-Xmaxwarns", "1000000", "-Xmaxerrs", "1000000", "-cp", p.compileClasspath()));
    if (!run.config.equals("javac")) {
      String processorPath = (run.withTestleak ? tools.errorProneWithTestleak() : tools.errorProne())
          + ":" + tools.benchmarkClasses();
      cmd.addAll(List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
          "-processorpath", processorPath,
          // Third-party code trips Error Prone's ERROR checks: as warnings, every configuration
          // compiles every file through code generation, as javac alone does.
          "-Xplugin:ErrorProne -XepAllErrorsAsWarnings",
          "-Xplugin:TestleakBenchTimings " + resultDir.resolve(run.config + ".timings.tsv")));
      if (run.withTestleak) {
        cmd.add("-Xplugin:TestleakReport " + resultDir.resolve(run.config + ".report"));
      }
    }
    cmd.add("@" + sourcesFile);
    return cmd;
  }

  /** The source files javac reported an error in. */
  static Set<Path> filesWithErrors(String output) {
    Set<Path> files = new TreeSet<>();
    Matcher m = JAVAC_ERROR.matcher(output);
    while (m.find()) {
      files.add(Path.of(m.group(1)));
    }
    return files;
  }

  void readJavac(Project p, Run run, Exec.Result r, Path resultDir) throws IOException {
    if (r.exit() >= 2) {
      run.crashes.add("javac exit code " + r.exit());
    }
    int at = r.output().indexOf(EP_CRASH);
    while (at >= 0) {
      int end = r.output().indexOf("\n\tat ", at);
      run.crashes.add(r.output().substring(at, end < 0 ? Math.min(r.output().length(), at + 2000) : end).strip());
      at = r.output().indexOf(EP_CRASH, at + 1);
    }
    if (r.exit() == 1) {
      run.crashes.add("javac exit code 1 where javac alone compiles cleanly: "
          + filesWithErrors(r.output()).size() + " files with errors");
    }
    int warnings = 0;
    Matcher m = JAVAC_WARNING.matcher(r.output());
    while (m.find()) {
      warnings++;
      if (ruleIds.contains(m.group(3))) {
        run.findings.add(new Finding("errorprone", m.group(3), p.relative(Path.of(m.group(1))),
            Integer.parseInt(m.group(2)), m.group(4)));
      }
    }
    run.details.put("errorProneWarnings", warnings);
    Path timings = resultDir.resolve(run.config + ".timings.tsv");
    if (Files.exists(timings)) {
      double ours = 0;
      double all = 0;
      for (String line : Files.readAllLines(timings)) {
        String[] f = line.split("\t");
        double ms = Double.parseDouble(f[1]);
        all += ms;
        if (ruleIds.contains(f[0])) {
          ours += ms;
        }
      }
      run.testleakMs = run.withTestleak ? ours : -1;
      // javac is single-threaded: the checks' time is a share of the compile's wall time.
      run.inRunTotalMs = run.withTestleak ? r.wallMs() : -1;
      run.details.put("allChecksMs", Math.round(all));
    }
  }

  // ---------------------------------------------------------------- SpotBugs

  List<String> spotbugs(Project p, Run run, Path xml) throws IOException {
    Path aux = xml.resolveSibling("auxclasspath.txt");
    Files.write(aux, p.runtimeClasspath());
    List<String> cmd = new ArrayList<>(List.of(tools.jdk().resolve("bin/java").toString(), "-Xmx6g",
        "-cp", tools.spotbugs(), "edu.umd.cs.findbugs.FindBugs2", "-xml:withMessages", "-output", xml.toString(),
        "-effort:default", "-auxclasspathFromFile", aux.toString(), "-sourcepath", p.sources().toString()));
    if (run.withTestleak) {
      cmd.addAll(List.of("-pluginList", tools.spotbugsPlugin()));
    }
    cmd.add(p.testClasses().toString());
    return cmd;
  }

  void readSpotBugs(Run run, Exec.Result r, Path xml) throws Exception {
    if (r.exit() != 0) {
      run.crashes.add("SpotBugs exit code " + r.exit());
    }
    if (!Files.exists(xml)) {
      run.crashes.add("SpotBugs wrote no report");
      return;
    }
    Document doc = parse(xml);
    int bugs = 0;
    for (Element bug : children(doc.getDocumentElement(), "BugInstance")) {
      bugs++;
      String type = bug.getAttribute("type");
      if (!ruleIds.contains(type)) {
        continue;
      }
      Element line = null;
      for (Element sl : children(bug, "SourceLine")) {
        if (line == null || "true".equals(sl.getAttribute("primary"))) {
          line = sl;
        }
      }
      if (line == null) {
        for (Element c : children(bug, "Class")) {
          line = children(c, "SourceLine").stream().findFirst().orElse(null);
        }
      }
      List<Element> longMessage = children(bug, "LongMessage");
      run.findings.add(new Finding("spotbugs", type, line == null ? "?" : line.getAttribute("sourcepath"),
          line == null || line.getAttribute("start").isEmpty() ? 0 : Integer.parseInt(line.getAttribute("start")),
          longMessage.isEmpty() ? "" : longMessage.get(0).getTextContent()));
    }
    run.details.put("spotbugsBugs", bugs);
    for (Element errors : children(doc.getDocumentElement(), "Errors")) {
      run.details.put("missingClasses", Integer.parseInt(errors.getAttribute("missingClasses")));
      for (Element e : children(errors, "AnalysisError")) {
        String msg = text(e, "ErrorMessage") + " " + text(e, "Exception");
        String trace = text(e, "StackTrace");
        run.crashes.add((msg + (trace.contains("dev.testleak") ? " [testleak in stack trace]" : "")).strip());
      }
    }
    double ours = 0;
    boolean profiled = false;
    NodeList profiles = doc.getElementsByTagName("ClassProfile");
    for (int i = 0; i < profiles.getLength(); i++) {
      Element cp = (Element) profiles.item(i);
      profiled = true;
      if (cp.getAttribute("name").startsWith("dev.testleak.")) {
        ours += Double.parseDouble(cp.getAttribute("totalMilliseconds"));
      }
    }
    if (run.withTestleak) {
      // SpotBugs' profile leaves out classes below a time threshold: then testleak's share is under it.
      run.testleakMs = ours;
      run.details.put("testleakDetectorsProfiled", ours > 0);
    }
    for (Element summary : children(doc.getDocumentElement(), "FindBugsSummary")) {
      double clock = Double.parseDouble(summary.getAttribute("clock_seconds")) * 1000;
      run.details.put("spotbugsClockMs", Math.round(clock));
      run.details.put("spotbugsCpuMs", Math.round(Double.parseDouble(summary.getAttribute("cpu_seconds")) * 1000));
      if (run.withTestleak) {
        run.inRunTotalMs = clock;
      }
    }
  }

  // ---------------------------------------------------------------- PMD

  List<String> pmd(Project p, List<String> rulesets, String classpath, Path xml) throws IOException {
    return List.of(tools.jdk().resolve("bin/java").toString(), "-Xmx6g", "-cp", classpath,
        "net.sourceforge.pmd.cli.PmdCli", "check", "--no-progress", "--no-cache", "--no-fail-on-violation",
        "--no-fail-on-error", "--benchmark", "-d", p.sources().toString(), "-z", p.sources().toString(),
        "-R", String.join(",", rulesets), "-f", "xml", "-r", xml.toString(),
        // The compile class path, tests jar included: PMD reads one file at a time and resolves the test
        // superclasses of other files only from there (without it, every such superclass is unknown).
        "--aux-classpath", p.compileClasspath());
  }

  void readPmd(Run run, Exec.Result r, Path xml) throws Exception {
    if (r.exit() != 0) {
      run.crashes.add("PMD exit code " + r.exit());
    }
    if (!Files.exists(xml)) {
      run.crashes.add("PMD wrote no report");
      return;
    }
    Document doc = parse(xml);
    int violations = 0;
    for (Element file : children(doc.getDocumentElement(), "file")) {
      String path = file.getAttribute("name");
      for (Element v : children(file, "violation")) {
        violations++;
        if (ruleIds.contains(v.getAttribute("rule"))) {
          run.findings.add(new Finding("pmd", v.getAttribute("rule"), path,
              Integer.parseInt(v.getAttribute("beginline")), v.getTextContent().strip()));
        }
      }
    }
    run.details.put("pmdViolations", violations);
    for (Element e : children(doc.getDocumentElement(), "error")) {
      String detail = e.getTextContent();
      run.crashes.add(("processing error in " + e.getAttribute("filename") + ": " + e.getAttribute("msg")
          + (detail.contains("dev.testleak") ? " [testleak in stack trace]" : "")).strip());
    }
    for (Element e : children(doc.getDocumentElement(), "configerror")) {
      run.crashes.add("configuration error, rule " + e.getAttribute("rule") + ": " + e.getAttribute("msg"));
    }
    // --benchmark prints a table whose rule rows read "<Rule name>  <time in s>  <self time in s>  ...".
    // The rule rows are summed over PMD's threads, as is the "File Processing" row: the share is their ratio.
    double ours = 0;
    boolean found = false;
    for (String line : r.output().split("\n")) {
      Matcher fp = Pattern.compile("^File Processing\\s+([0-9.]+)").matcher(line);
      if (fp.find()) {
        run.details.put("pmdFileProcessingMs", Math.round(Double.parseDouble(fp.group(1)) * 1000));
        if (run.withTestleak) {
          run.inRunTotalMs = Double.parseDouble(fp.group(1)) * 1000;
        }
      }
      String[] f = line.trim().split("\\s+");
      if (f.length >= 2 && ruleIds.contains(f[0])) {
        try {
          ours += Double.parseDouble(f[1]) * 1000;
          found = true;
        } catch (NumberFormatException ignored) {
          // not a timing row
        }
      }
    }
    if (found && run.withTestleak) {
      run.testleakMs = ours;
    }
  }

  // ---------------------------------------------------------------- XML

  private static Document parse(Path xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(xml.toFile());
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? "" : c.get(0).getTextContent().strip();
  }

  static Set<String> lines(Path file) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    if (Files.exists(file)) {
      for (String l : Files.readAllLines(file)) {
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l.strip());
        }
      }
    }
    return out;
  }
}
