package dev.testleak.sarif.report;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Optional;

/**
 * Reads a finding's message back against its rule's catalogue template: which rule wrote it (for a
 * PMD suppressed violation, which carries no rule name) and the arguments it was filled with (the
 * field, the hook, the call) for the SARIF retention path. Every engine formats its message from the
 * catalogue template, so a message that does not match is simply not understood: both methods return
 * empty rather than fail.
 */
public final class RuleMessages {
  /** Parsed templates, per thread (a MessageFormat is not thread-safe). */
  private static final ThreadLocal<java.util.Map<String, MessageFormat>> FORMATS =
      ThreadLocal.withInitial(java.util.HashMap::new);

  private RuleMessages() {}

  /** The arguments {@code message} was formatted with from {@code rule}'s template, if it was. */
  public static Optional<String[]> arguments(Rule rule, String message) {
    try {
      MessageFormat format = FORMATS.get().computeIfAbsent(rule.message(), MessageFormat::new);
      ParsePosition position = new ParsePosition(0);
      String text = message.strip();
      Object[] parsed = format.parse(text, position);
      if (parsed == null || position.getIndex() != text.length() || position.getErrorIndex() >= 0) {
        return Optional.empty();
      }
      String[] arguments = new String[rule.messageArguments().size()];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = i < parsed.length && parsed[i] != null ? parsed[i].toString() : "";
      }
      return Optional.of(arguments);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The catalogue rule whose template {@code message} matches, if exactly one does. */
  public static Optional<Rule> ruleOf(String message) {
    Rule found = null;
    for (Rule rule : Catalogue.rules()) {
      if (arguments(rule, message).isPresent()) {
        if (found != null) {
          return Optional.empty();
        }
        found = rule;
      }
    }
    return Optional.ofNullable(found);
  }
}
