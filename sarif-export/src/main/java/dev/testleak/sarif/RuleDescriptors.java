package dev.testleak.sarif;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import dev.testleak.sarif.model.Sarif.Configuration;
import dev.testleak.sarif.model.Sarif.Message;
import dev.testleak.sarif.model.Sarif.MultiformatMessage;
import dev.testleak.sarif.model.Sarif.ReportingDescriptor;
import dev.testleak.sarif.model.Sarif.RuleProperties;
import java.util.ArrayList;
import java.util.List;

/** SARIF rule descriptors rendered from the catalogue, with the properties GitHub code scanning reads. */
final class RuleDescriptors {
  /** The project's home page: the documentation base without its path into the repository. */
  static final String PROJECT_URI =
      Catalogue.DOCS_BASE_URI.substring(0, Catalogue.DOCS_BASE_URI.indexOf("/blob/"));

  /** GitHub shows at most this much of a rule's full description. */
  static final int FULL_DESCRIPTION_LIMIT = 1024;

  private RuleDescriptors() {}

  static ReportingDescriptor descriptor(Rule rule) {
    String explanation = plainText(rule.explanation());
    String fix = sentence(rule.fix());
    String level = rule.severity().sarifLevel();
    // No 'name': testleak's ids already are readable names, and SARIF (§3.49.7, validator rule
    // SARIF1001) wants 'name' left out when it would equal 'id'.
    return new ReportingDescriptor(
        rule.id(),
        null,
        new Message(rule.summary()),
        new Message(truncate(explanation, FULL_DESCRIPTION_LIMIT)),
        new MultiformatMessage(
            explanation + "\n\nFix: " + fix + "\n\nDocumentation: " + rule.helpUri(),
            helpMarkdown(rule, fix)),
        rule.helpUri(),
        new Configuration(level),
        new RuleProperties(List.of("testleak", rule.family().id(), "maintainability"), "high", problemSeverity(level)));
  }

  /** The sections of a rule page that make its SARIF help, in this order. */
  static final List<String> HELP_SECTIONS = List.of("What leaks, and for how long", "Noncompliant", "Compliant", "The fix");

  /**
   * The rule's help in Markdown: what leaks and why, noncompliant and compliant code, and the fix,
   * taken from the rule page ({@code docs/rules/<Id>.md}, packaged with the exporter); the
   * catalogue's explanation stands in for a page that is missing. Ends with the catalogue's fix and
   * a link to the page.
   */
  static String helpMarkdown(Rule rule, String fix) {
    StringBuilder out = new StringBuilder();
    String page = page(rule);
    if (page != null) {
      for (String section : HELP_SECTIONS) {
        String body = section(page, section);
        if (body != null) {
          out.append("## ").append(section).append("\n\n").append(body).append("\n\n");
        }
      }
    }
    if (out.length() == 0) {
      out.append(rule.explanation().strip()).append("\n\n");
    }
    return out.append("**Fix:** ").append(fix).append("\n\nSee [").append(rule.docPath()).append("](")
        .append(rule.helpUri()).append(").").toString();
  }

  private static String page(Rule rule) {
    try (java.io.InputStream in = RuleDescriptors.class.getResourceAsStream("rules/" + rule.id() + ".md")) {
      return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** The text under {@code ## title} up to the next heading of level 2, stripped; null if absent. */
  static String section(String page, String title) {
    String heading = "\n## " + title + "\n";
    int start = ("\n" + page).indexOf(heading);
    if (start < 0) {
      return null;
    }
    int from = start + heading.length() - 1;
    int end = page.indexOf("\n## ", from);
    String body = page.substring(Math.min(from, page.length()), end < 0 ? page.length() : end).strip();
    return body.isEmpty() ? null : body;
  }

  /** GitHub's {@code problem.severity} for a SARIF level. */
  static String problemSeverity(String level) {
    return switch (level) {
      case "error" -> "error";
      case "warning" -> "warning";
      default -> "recommendation";
    };
  }

  /**
   * Markdown hard-wrapped in paragraphs as plain text: each paragraph (and list item) on one line,
   * paragraphs separated by a blank line.
   */
  static String plainText(String markdown) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : markdown.strip().split("\r?\n")) {
      String text = line.strip();
      boolean item = text.startsWith("- ") || text.startsWith("* ") || text.matches("\\d+\\. .*");
      if (text.isEmpty() || item) {
        if (current.length() > 0) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
      }
      if (!text.isEmpty()) {
        current.append(current.length() > 0 ? " " : "").append(text);
      }
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    return String.join("\n\n", paragraphs);
  }

  /** At most {@code limit} characters: cut after the last whole sentence that fits, else a word. */
  static String truncate(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    String head = text.substring(0, limit - 1);
    int sentence = Math.max(head.lastIndexOf(". "), head.lastIndexOf(".\n"));
    if (sentence >= limit / 2) {
      return head.substring(0, sentence + 1);
    }
    int space = head.lastIndexOf(' ');
    return (space > 0 ? head.substring(0, space) : head).strip() + "\u2026";
  }

  private static String sentence(String text) {
    String stripped = text.strip();
    return stripped.endsWith(".") ? stripped : stripped + ".";
  }
}
