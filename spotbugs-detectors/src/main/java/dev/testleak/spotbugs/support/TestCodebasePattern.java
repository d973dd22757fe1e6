package dev.testleak.spotbugs.support;

import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.RuleOption;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which code bases (directories or jars of class files) hold test code: {@link
 * Catalogue#TEST_CODEBASE_PATTERN}, overridden by the system property it names. Read once per
 * detector instance, so each analysis run sees the value set when it started.
 */
public final class TestCodebasePattern {
  private final Pattern pattern;

  private TestCodebasePattern(Pattern pattern) {
    this.pattern = pattern;
  }

  /**
   * The pattern from the system property, or the default.
   *
   * @throws IllegalArgumentException naming the property and the regex error, if the property is not
   *     a valid regular expression
   */
  public static TestCodebasePattern fromSystemProperties() {
    RuleOption option = Catalogue.TEST_CODEBASE_PATTERN;
    String value = System.getProperty(option.spotbugsProperty(), option.defaultValue());
    try {
      return new TestCodebasePattern(Pattern.compile(value));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "testleak: system property "
              + option.spotbugsProperty()
              + " is not a valid regular expression: "
              + e.getDescription()
              + " near index "
              + e.getIndex()
              + " of '"
              + value
              + "'",
          e);
    }
  }

  /** True if the whole code base path (with '/' separators) matches. */
  public boolean matches(String codeBasePath) {
    return pattern.matcher(codeBasePath.replace('\\', '/')).matches();
  }

  @Override
  public String toString() {
    return pattern.pattern();
  }
}
