package dev.testleak.catalogue;

import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One testleak rule. The {@link #id()} is the Error Prone check name, the PMD rule name, the SpotBugs
 * bug type and the SARIF ruleId alike, and never changes once released.
 *
 * @param id CamelCase identifier; no id is a prefix of another (SpotBugs suppresses by prefix)
 * @param family the leak family
 * @param summary one line, no trailing period (Error Prone's {@code summary}, SpotBugs'
 *     ShortDescription, SARIF shortDescription)
 * @param message {@link MessageFormat} template of a finding's message: what leaks, how long it
 *     lives, the fix; {@link #messageArguments()} says what each argument is
 * @param messageArguments what {@code {0}}, {@code {1}}, ... in {@link #message()} stand for
 * @param fix the fix, one sentence; every engine's message ends with it
 * @param explanation Markdown: what leaks, why it matters, when it is not reported
 * @param severity per-engine severity
 * @param options user-settable options
 * @param engines engines that implement the rule
 * @param divergences known, deliberate differences between the engines
 */
public record Rule(
    String id,
    Family family,
    String summary,
    String message,
    List<String> messageArguments,
    String fix,
    String explanation,
    Severity severity,
    List<RuleOption> options,
    Set<Engine> engines,
    List<Divergence> divergences) {

  public Rule {
    Objects.requireNonNull(id);
    Objects.requireNonNull(family);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(message);
    Objects.requireNonNull(fix);
    Objects.requireNonNull(explanation);
    Objects.requireNonNull(severity);
    messageArguments = List.copyOf(messageArguments);
    options = List.copyOf(options);
    engines = Set.copyOf(engines);
    divergences = List.copyOf(divergences);
    if (!id.matches("[A-Z][A-Za-z0-9]+")) {
      throw new IllegalArgumentException("rule id must be CamelCase: " + id);
    }
    if (summary.endsWith(".")) {
      throw new IllegalArgumentException("summary ends with a period: " + id);
    }
  }

  /** The finding message with its arguments filled in. */
  public String formatMessage(Object... arguments) {
    if (arguments.length != messageArguments.size()) {
      throw new IllegalArgumentException(
          id + " takes " + messageArguments.size() + " message arguments, got " + arguments.length);
    }
    return new MessageFormat(message).format(arguments);
  }

  /** Where the rule's documentation lives, relative to the repository root. */
  public String docPath() {
    return "docs/rules/" + id + ".md";
  }

  /** The rule's documentation page on the project site. */
  public String helpUri() {
    return Catalogue.DOCS_BASE_URI + id + ".md";
  }

  /** The divergence of the given engine named {@code key}, if the catalogue declares one. */
  public java.util.Optional<Divergence> divergence(Engine engine, String key) {
    return divergences.stream().filter(d -> d.engine() == engine && d.key().equals(key)).findFirst();
  }
}
