package dev.testleak.sarif.report;

import static dev.testleak.sarif.report.SafeXml.attribute;

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
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

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
    return SafeXml.read(xml, reader -> read(xml, repoRoot, reader));
  }

  /** What a {@code <SourceLine>} says. */
  private record SourceLine(String sourcePath, String start, String end, boolean primary) {}

  /**
   * A catalogue bug as read: its type, primary {@code SourceLine} (null without one), message and
   * {@code <UserAnnotation>} (null without one).
   */
  private record Bug(
      String type, Rule rule, SourceLine sourceLine, String message, String designation, String designationText) {}

  /** The state of one reading: bugs become findings once the source directories are known. */
  private static final class Reading {
    final Path xml;
    final Path repoRoot;
    List<Path> srcDirs;
    final List<Bug> waiting = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final List<EngineReport.Suppressed> suppressed = new ArrayList<>();
    // Bugs in one file share its path, and equal messages one string.
    final Map<String, String> paths = new HashMap<>();
    final Map<String, String> messages = new HashMap<>();

    Reading(Path xml, Path repoRoot) {
      this.xml = xml;
      this.repoRoot = repoRoot;
    }

    void add(Bug bug) throws ReportException {
      if (srcDirs == null) {
        // <Project> (always first in SpotBugs' own reports) not seen yet.
        waiting.add(bug);
      } else {
        process(bug);
      }
    }

    void sourceDirectories(List<Path> dirs) throws ReportException {
      srcDirs = dirs;
      for (Bug bug : waiting) {
        process(bug);
      }
      waiting.clear();
    }

    private void process(Bug bug) throws ReportException {
      String where = "bug " + bug.type();
      SourceLine sourceLine = bug.sourceLine();
      if (sourceLine == null || sourceLine.sourcePath() == null) {
        throw new ReportException(xml, where + " has no primary <SourceLine> with a sourcepath");
      }
      String sourcePath = sourceLine.sourcePath();
      String path = paths.get(sourcePath);
      if (path == null) {
        path = ReportFiles.repositoryPath(xml, repoRoot, locate(xml, srcDirs, sourcePath, where).toString());
        paths.put(sourcePath, path);
      }
      int line = lineNumber(xml, where, sourceLine.start(), "start", 0);
      int endLine = Math.max(line, lineNumber(xml, where, sourceLine.end(), "end", line));
      String message = bug.message() != null ? bug.message() : bug.rule().summary();
      Finding finding =
          new Finding(Engine.SPOTBUGS, bug.type(), path, line, 0, endLine, 0, messages.computeIfAbsent(message, m -> m));
      String designated = bug.designation();
      if ("NOT_A_BUG".equals(designated) || "BAD_ANALYSIS".equals(designated)) {
        suppressed.add(new EngineReport.Suppressed(finding, "external", bug.designationText().strip()));
      } else {
        findings.add(finding);
      }
    }
  }

  private static EngineReport read(Path xml, Path repoRoot, XMLStreamReader reader) throws ReportException {
    while (SafeXml.next(xml, reader) != XMLStreamConstants.START_ELEMENT) {
      // the prolog
    }
    if (!"BugCollection".equals(reader.getLocalName())) {
      String name = reader.getLocalName();
      SafeXml.drain(xml, reader);
      throw new ReportException(
          xml, "not a SpotBugs XML report (root element <" + name + ">, expected <BugCollection>)");
    }
    Reading reading = new Reading(xml, repoRoot);
    List<EngineReport.Notification> notifications = null;
    boolean projectSeen = false;
    // The first problem with the content; the rest of the document is still read for well-formedness.
    ReportException problem = null;
    int event;
    while ((event = SafeXml.next(xml, reader)) != XMLStreamConstants.END_ELEMENT) {
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (problem != null) {
        SafeXml.skip(xml, reader);
        continue;
      }
      try {
        switch (reader.getLocalName()) {
          case "Project" -> {
            if (projectSeen) {
              SafeXml.skip(xml, reader);
            } else {
              projectSeen = true;
              reading.sourceDirectories(sourceDirectories(xml, repoRoot, reader));
            }
          }
          case "BugInstance" -> {
            Bug bug = bug(xml, reader);
            if (bug != null) {
              reading.add(bug);
            }
          }
          case "Errors" -> {
            if (notifications == null) {
              notifications = errors(xml, reader);
            } else {
              SafeXml.skip(xml, reader);
            }
          }
          default -> SafeXml.skip(xml, reader);
        }
      } catch (ReportException e) {
        // The reader may be anywhere inside the element: read on only for well-formedness.
        problem = e;
        SafeXml.drain(xml, reader);
        break;
      }
    }
    SafeXml.drain(xml, reader);
    if (problem != null) {
      throw problem;
    }
    if (reading.srcDirs == null) {
      reading.sourceDirectories(List.of());
    }
    reading.findings.sort(Finding.ORDER);
    return new EngineReport(
        xml, Engine.SPOTBUGS, reading.findings, reading.suppressed, notifications == null ? List.of() : notifications);
  }

  /**
   * The {@code <BugInstance>} the reader is at, or null when it is not a catalogue rule's; leaves the
   * reader at its end. Its primary source line: among the {@code SourceLine}s directly under {@code
   * BugInstance} the one marked primary, else the first of them; without any, the first {@code
   * SourceLine} anywhere in the bug marked primary.
   */
  private static Bug bug(Path xml, XMLStreamReader reader) throws ReportException {
    String type = attribute(reader, "type");
    Optional<Rule> rule = type == null ? Optional.empty() : Catalogue.find(type);
    if (rule.isEmpty()) {
      SafeXml.skip(xml, reader);
      return null;
    }
    SourceLine firstDirect = null;
    SourceLine primaryDirect = null;
    SourceLine primaryNested = null;
    String longMessage = null;
    String shortMessage = null;
    boolean annotated = false;
    String designation = null;
    String designationText = null;
    int depth = 1;
    while (depth > 0) {
      int event = SafeXml.next(xml, reader);
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = reader.getLocalName();
      if (name.equals("SourceLine")) {
        SourceLine sourceLine =
            new SourceLine(
                attribute(reader, "sourcepath"), attribute(reader, "start"), attribute(reader, "end"),
                "true".equals(attribute(reader, "primary")));
        if (depth == 1) {
          if (firstDirect == null) {
            firstDirect = sourceLine;
          }
          if (primaryDirect == null && sourceLine.primary()) {
            primaryDirect = sourceLine;
          }
        } else if (primaryNested == null && sourceLine.primary()) {
          primaryNested = sourceLine;
        }
        // A SourceLine may hold others (not in SpotBugs' format, but in XML): read on inside it.
        depth++;
      } else if (depth == 1 && name.equals("LongMessage") && longMessage == null) {
        longMessage = SafeXml.text(xml, reader);
      } else if (depth == 1 && name.equals("ShortMessage") && shortMessage == null) {
        shortMessage = SafeXml.text(xml, reader);
      } else if (depth == 1 && name.equals("UserAnnotation") && !annotated) {
        annotated = true;
        designation = attribute(reader, "designation");
        designationText = SafeXml.text(xml, reader);
      } else {
        depth++;
      }
    }
    SourceLine primary = primaryDirect != null ? primaryDirect : firstDirect != null ? firstDirect : primaryNested;
    String message = null;
    if (longMessage != null && !longMessage.isBlank()) {
      message = longMessage.strip();
    } else if (shortMessage != null && !shortMessage.isBlank()) {
      message = shortMessage.strip();
    }
    // The catalogue's id rather than the attribute's copy: one string shared by all the rule's findings.
    return new Bug(rule.get().id(), rule.get(), primary, message, designation, designationText);
  }

  /** The {@code <Errors>} element the reader is at as notifications; leaves the reader at its end. */
  private static List<EngineReport.Notification> errors(Path xml, XMLStreamReader reader)
      throws ReportException {
    List<EngineReport.Notification> notifications = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int event;
    while ((event = SafeXml.next(xml, reader)) != XMLStreamConstants.END_ELEMENT) {
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (reader.getLocalName()) {
        case "AnalysisError" -> notifications.add(
            new EngineReport.Notification(
                EngineReport.Notification.Level.ERROR, "SpotBugs analysis error: " + analysisError(xml, reader)));
        case "MissingClass" -> missing.add(SafeXml.text(xml, reader).strip());
        default -> SafeXml.skip(xml, reader);
      }
    }
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

  /** The first {@code <ErrorMessage>} of the {@code <AnalysisError>} the reader is at, else all its text. */
  private static String analysisError(Path xml, XMLStreamReader reader) throws ReportException {
    StringBuilder all = new StringBuilder();
    String message = null;
    int depth = 1;
    while (depth > 0) {
      int event = SafeXml.next(xml, reader);
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (depth == 1 && message == null && reader.getLocalName().equals("ErrorMessage")) {
            message = SafeXml.text(xml, reader);
            all.append(message);
          } else {
            depth++;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> all.append(reader.getText());
        default -> {}
      }
    }
    return (message != null ? message : all.toString()).strip();
  }

  /** The {@code <SrcDir>}s of the {@code <Project>} the reader is at; leaves the reader at its end. */
  private static List<Path> sourceDirectories(Path xml, Path repoRoot, XMLStreamReader reader)
      throws ReportException {
    List<Path> dirs = new ArrayList<>();
    ReportException problem = null;
    int event;
    while ((event = SafeXml.next(xml, reader)) != XMLStreamConstants.END_ELEMENT) {
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (!reader.getLocalName().equals("SrcDir")) {
        SafeXml.skip(xml, reader);
        continue;
      }
      String dirText = SafeXml.text(xml, reader).strip();
      if (dirText.isEmpty() || problem != null) {
        continue;
      }
      try {
        Path dir = Path.of(dirText);
        dirs.add(dir.isAbsolute() ? dir : repoRoot.resolve(dir));
      } catch (InvalidPathException e) {
        problem = new ReportException(xml, "invalid <SrcDir> '" + dirText + "'", e);
      }
    }
    if (problem != null) {
      throw problem;
    }
    return dirs;
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

  private static int lineNumber(Path xml, String where, String value, String name, int absent)
      throws ReportException {
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
}
