package dev.testleak.pmd;

/** Where the shipped ruleset lives on the classpath. */
final class TestleakRuleset {
  static final String RESOURCE = "dev/testleak/pmd/testleak.xml";

  private TestleakRuleset() {}
}
