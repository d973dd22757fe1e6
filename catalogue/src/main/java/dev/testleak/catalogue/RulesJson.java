package dev.testleak.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Renders the catalogue as {@code rules.json}, the machine-readable form tools outside the JVM (and
 * the build's own checks) read. Written by hand rather than with a JSON library so that the catalogue
 * jar has no dependencies and every engine can carry it.
 */
public final class RulesJson {
  /** Where the rendered file sits inside the catalogue jar. */
  public static final String RESOURCE = "/dev/testleak/catalogue/rules.json";

  private RulesJson() {}

  /** Writes rules.json to the path given as the only argument (used by the build). */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RulesJson <output file>");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "rules", ".json.tmp");
    Files.writeString(tmp, render(Catalogue.rules()), StandardCharsets.UTF_8);
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The JSON text for the given rules, with a stable key order and a trailing newline. */
  public static String render(List<Rule> rules) {
    StringBuilder json = new StringBuilder();
    json.append("{\n  \"docsBaseUri\": ").append(quote(Catalogue.DOCS_BASE_URI)).append(",\n");
    json.append("  \"rules\": [");
    String separator = "\n";
    for (Rule rule : rules) {
      json.append(separator);
      appendRule(json, rule);
      separator = ",\n";
    }
    json.append("\n  ]\n}\n");
    return json.toString();
  }

  private static void appendRule(StringBuilder json, Rule rule) {
    json.append("    {\n");
    field(json, "id", quote(rule.id()));
    field(json, "family", quote(rule.family().id()));
    field(json, "summary", quote(rule.summary()));
    field(json, "message", quote(rule.message()));
    field(json, "messageArguments", array(rule.messageArguments(), RulesJson::quote));
    field(json, "fix", quote(rule.fix()));
    field(json, "explanation", quote(rule.explanation()));
    field(json, "helpUri", quote(rule.helpUri()));
    field(json, "doc", quote(rule.docPath()));
    field(
        json,
        "severity",
        "{\"errorprone\": "
            + quote(rule.severity().errorProne())
            + ", \"spotbugsPriority\": "
            + rule.severity().spotbugsPriority()
            + ", \"spotbugsCategory\": "
            + quote(rule.severity().spotbugsCategory())
            + ", \"pmdPriority\": "
            + rule.severity().pmdPriority()
            + ", \"sarifLevel\": "
            + quote(rule.severity().sarifLevel())
            + "}");
    field(
        json,
        "engines",
        array(rule.engines().stream().sorted(Comparator.naturalOrder()).toList(), e -> quote(e.id())));
    field(json, "options", array(rule.options(), RulesJson::option));
    json.append("      \"divergences\": ")
        .append(array(rule.divergences(), RulesJson::divergence))
        .append("\n    }");
  }

  private static String option(RuleOption option) {
    return "{\"name\": " + quote(option.name())
        + ", \"default\": " + quote(option.defaultValue())
        + ", \"description\": " + quote(option.description())
        + ", \"errorproneFlag\": " + quote(option.errorProneFlag())
        + ", \"spotbugsProperty\": " + quote(option.spotbugsProperty()) + "}";
  }

  private static String divergence(Divergence divergence) {
    return "{\"engine\": " + quote(divergence.engine().id())
        + ", \"key\": " + quote(divergence.key())
        + ", \"reason\": " + quote(divergence.reason()) + "}";
  }

  private static void field(StringBuilder json, String name, String value) {
    json.append("      ").append(quote(name)).append(": ").append(value).append(",\n");
  }

  private static <T> String array(List<T> items, Function<T, String> render) {
    StringBuilder out = new StringBuilder("[");
    for (Iterator<T> it = items.iterator(); it.hasNext(); ) {
      out.append(render.apply(it.next()));
      if (it.hasNext()) {
        out.append(", ");
      }
    }
    return out.append(']').toString();
  }

  /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
