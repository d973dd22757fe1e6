package dev.testleak.sarif.report;

import static dev.testleak.sarif.report.SafeXml.attribute;
import static dev.testleak.sarif.report.SafeXml.child;
import static dev.testleak.sarif.report.SafeXml.children;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Engine;
import dev.testleak.catalogue.Rule;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads the XML report of spotbugs-maven-plugin ({@code spotbugsXml.xml}, a {@code <BugCollection>}).
 * A bug's file is its primary {@code SourceLine}'s {@code sourcepath} (package-relative, e.g. {@code
 * a/b/FooTest.java}) found under one of the report's {@code <Project><SrcDir>} entries; its line is
 * that {@code SourceLine}'s {@code start}. SpotBugs knows no columns.
 *
 * <p>{@link #readReport} also returns the bugs a user classified as {@code NOT_A_BUG} or {@code
 * BAD_ANALYSIS} ({@code <UserAnnotation designation>}) as suppressed (bugs matched by {@code
 * @SuppressFBWarnings} or an exclude filter never reach the XML), and the {@code <Errors>} section:
 * each {@code <AnalysisError>} is an error notification, missing classes one warning.
 */
public final class SpotBugsReport {
  private SpotBugsReport() {}

  /** The findings of catalogue rules in the report, in {@link Finding#ORDER}. */
  public static List<Finding> read(Path xml, Path repoRoot) throws ReportException {
    return readReport(xml, repoRoot).findings();
  }

  public static EngineReport readReport(Path xml, Path repoRoot) throws ReportException {
    Document document = SafeXml.parse(xml, ReportFiles.readUtf8(xml, false));
    Element root = document.getDocumentElement();
    if (!"BugCollection".equals(SafeXml.localName(root))) {
      throw new ReportException(
          xml, "not a SpotBugs XML report (root element <" + SafeXml.localName(root) + ">, expected <BugCollection>)");
    }
    List<Path> srcDirs = sourceDirectories(xml, repoRoot, root);
    List<Finding> findings = new ArrayList<>();
    List<EngineReport.Suppressed> suppressed = new ArrayList<>();
    // Bugs in one file share its path, and equal messages one string.
    Map<String, String> paths = new HashMap<>();
    Map<String, String> messages = new HashMap<>();
    for (Element bug : children(root, "BugInstance")) {
      String type = attribute(bug, "type");
      Optional<Rule> rule = type == null ? Optional.empty() : Catalogue.find(type);
      if (rule.isEmpty()) {
        continue;
      }
      Element sourceLine = primarySourceLine(bug);
      String where = "bug " + type;
      if (sourceLine == null || attribute(sourceLine, "sourcepath") == null) {
        throw new ReportException(xml, where + " has no primary <SourceLine> with a sourcepath");
      }
      String sourcePath = attribute(sourceLine, "sourcepath");
      String path = paths.get(sourcePath);
      if (path == null) {
        path = ReportFiles.repositoryPath(xml, repoRoot, locate(xml, srcDirs, sourcePath, where).toString());
        paths.put(sourcePath, path);
      }
      int line = lineNumber(xml, where, sourceLine, "start", 0);
      int endLine = Math.max(line, lineNumber(xml, where, sourceLine, "end", line));
      Finding finding =
          new Finding(
              Engine.SPOTBUGS,
              type,
              path,
              line,
              0,
              endLine,
              0,
              messages.computeIfAbsent(message(bug, rule.get()), m -> m));
      Element designation = child(bug, "UserAnnotation");
      String designated = designation == null ? null : attribute(designation, "designation");
      if ("NOT_A_BUG".equals(designated) || "BAD_ANALYSIS".equals(designated)) {
        suppressed.add(new EngineReport.Suppressed(finding, "external", designation.getTextContent().strip()));
      } else {
        findings.add(finding);
      }
    }
    findings.sort(Finding.ORDER);
    return new EngineReport(xml, Engine.SPOTBUGS, findings, suppressed, errors(root));
  }

  private static List<EngineReport.Notification> errors(Element root) {
    List<EngineReport.Notification> notifications = new ArrayList<>();
    Element errors = child(root, "Errors");
    if (errors == null) {
      return notifications;
    }
    for (Element error : children(errors, "AnalysisError")) {
      Element message = child(error, "ErrorMessage");
      notifications.add(
          new EngineReport.Notification(
              EngineReport.Notification.Level.ERROR,
              "SpotBugs analysis error: " + (message != null ? message.getTextContent().strip() : error.getTextContent().strip())));
    }
    List<String> missing = children(errors, "MissingClass").stream().map(e -> e.getTextContent().strip()).toList();
    if (!missing.isEmpty()) {
      notifications.add(
          new EngineReport.Notification(
              EngineReport.Notification.Level.WARNING,
              "SpotBugs could not find " + missing.size() + " class(es) on the auxiliary classpath, so some"
                  + " findings may be missing: " + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                  + (missing.size() > 5 ? ", ..." : "")));
    }
    return notifications;
  }

  private static List<Path> sourceDirectories(Path xml, Path repoRoot, Element root) throws ReportException {
    List<Path> dirs = new ArrayList<>();
    Element project = child(root, "Project");
    if (project == null) {
      return dirs;
    }
    for (Element srcDir : children(project, "SrcDir")) {
      String text = srcDir.getTextContent().strip();
      if (text.isEmpty()) {
        continue;
      }
      try {
        Path dir = Path.of(text);
        dirs.add(dir.isAbsolute() ? dir : repoRoot.resolve(dir));
      } catch (InvalidPathException e) {
        throw new ReportException(xml, "invalid <SrcDir> '" + text + "'", e);
      }
    }
    return dirs;
  }

  /**
   * The bug's primary source line: among the {@code SourceLine}s directly under {@code BugInstance}
   * the one marked primary, else the first of them; without any, the first {@code SourceLine}
   * anywhere in the bug marked primary.
   */
  private static Element primarySourceLine(Element bug) {
    List<Element> direct = children(bug, "SourceLine");
    for (Element sourceLine : direct) {
      if ("true".equals(attribute(sourceLine, "primary"))) {
        return sourceLine;
      }
    }
    if (!direct.isEmpty()) {
      return direct.get(0);
    }
    var all = bug.getElementsByTagNameNS("*", "SourceLine");
    for (int i = 0; i < all.getLength(); i++) {
      Element sourceLine = (Element) all.item(i);
      if ("true".equals(attribute(sourceLine, "primary"))) {
        return sourceLine;
      }
    }
    return null;
  }

  private static Path locate(Path xml, List<Path> srcDirs, String sourcePath, String where)
      throws ReportException {
    if (srcDirs.isEmpty()) {
      throw new ReportException(
          xml,
          where + " is in " + sourcePath + ", but the report lists no <Project><SrcDir> to find it in"
              + " (run spotbugs-maven-plugin with includeTests for test code)");
    }
    for (Path dir : srcDirs) {
      try {
        Path candidate = dir.resolve(sourcePath);
        if (Files.isRegularFile(candidate)) {
          return candidate;
        }
      } catch (InvalidPathException e) {
        throw new ReportException(xml, where + ": invalid sourcepath '" + sourcePath + "'", e);
      }
    }
    throw new ReportException(
        xml, where + ": " + sourcePath + " is in none of the report's <SrcDir> entries " + srcDirs);
  }

  private static int lineNumber(Path xml, String where, Element sourceLine, String name, int absent)
      throws ReportException {
    String value = attribute(sourceLine, name);
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value.strip());
      // SpotBugs writes -1 when it has no line number.
      return Math.max(number, 0);
    } catch (NumberFormatException e) {
      throw new ReportException(xml, where + ": SourceLine " + name + "='" + value + "' is not a number", e);
    }
  }

  private static String message(Element bug, Rule rule) {
    for (String name : List.of("LongMessage", "ShortMessage")) {
      Element element = child(bug, name);
      if (element != null && !element.getTextContent().isBlank()) {
        return element.getTextContent().strip();
      }
    }
    return rule.summary();
  }
}
