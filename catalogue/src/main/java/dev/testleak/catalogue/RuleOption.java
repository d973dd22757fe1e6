package dev.testleak.catalogue;

import java.util.Objects;

/**
 * A user-settable option of a rule, with how each engine spells it.
 *
 * @param name the option's name in the catalogue and in PMD (a rule property)
 * @param defaultValue the value used when the user sets nothing
 * @param description what the option changes
 * @param errorProneFlag the full Error Prone flag, e.g. {@code -XepOpt:Testleak:TestSourcePattern}
 * @param spotbugsProperty the JVM system property the SpotBugs detectors read
 */
public record RuleOption(
    String name, String defaultValue, String description, String errorProneFlag, String spotbugsProperty) {
  public RuleOption {
    Objects.requireNonNull(name);
    Objects.requireNonNull(defaultValue);
    Objects.requireNonNull(description);
    Objects.requireNonNull(errorProneFlag);
    Objects.requireNonNull(spotbugsProperty);
  }
}
