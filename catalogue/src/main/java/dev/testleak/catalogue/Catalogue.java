package dev.testleak.catalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The rules of testleak: the one place their ids, texts, severities, options and engines are
 * written. Engine metadata (Error Prone {@code @BugPattern}, SpotBugs {@code findbugs.xml} and
 * {@code messages.xml}, the PMD ruleset), SARIF rule descriptors and the doc pages are rendered from
 * it or checked against it by tests.
 */
public final class Catalogue {
  /** Where the rule documentation pages are published; a rule's page is this plus {@code <Id>.md}. */
  public static final String DOCS_BASE_URI = "https://github.com/testleak/testleak/blob/main/docs/rules/";

  /** Prefix of the Error Prone flags every testleak check reads. */
  public static final String ERROR_PRONE_FLAG_PREFIX = "-XepOpt:Testleak:";

  /** Which source files count as test code, for every rule; see docs/test-code.md. */
  public static final RuleOption TEST_SOURCE_PATTERN =
      new RuleOption(
          "testSourcePattern",
          "(^|.*/)src/(test|testFixtures|it|integrationTest)/.*",
          "Regular expression over a source file's path (forward slashes) that marks it as test code"
              + " even when none of its classes uses a test framework's annotations or types.",
          ERROR_PRONE_FLAG_PREFIX + "TestSourcePattern",
          "testleak.testSourcePattern");

  /**
   * SpotBugs' counterpart of {@link #TEST_SOURCE_PATTERN}: it sees class files, so it matches the code
   * base (directory or jar) a class was loaded from.
   */
  public static final RuleOption TEST_CODEBASE_PATTERN =
      new RuleOption(
          "testCodebasePattern",
          "(^|.*/)(test-classes|classes/java/test|classes/kotlin/test|testFixtures)(/.*)?",
          "Regular expression over the path of the directory or jar a class file comes from that"
              + " marks its classes as test code (SpotBugs only).",
          "",
          "testleak.testCodebasePattern");

  public static final Rule STATIC_COLLECTION_NEVER_CLEARED =
      new Rule(
          "StaticCollectionNeverCleared",
          Family.STATIC_COLLECTION,
          "Static collection in test code grows during tests and is never cleared",
          "static {0} ''{1}'' is grown by tests and never cleared, so everything added to it stays"
              + " reachable for the rest of the test JVM (the whole Surefire fork); clear it in a"
              + " teardown hook (@AfterEach/@AfterAll, @After/@AfterClass, @AfterMethod/@AfterClass)"
              + " or make it an instance field",
          List.of(
              "the kind of container (list, set, map, queue, deque, collection, multimap, table,"
                  + " StringBuilder)",
              "the field, as Owner.NAME when it is declared in another class"),
          "Clear it in a teardown hook of the same lifecycle (@AfterEach/@AfterAll, @After/@AfterClass,"
              + " @AfterMethod/@AfterClass) or make it an instance field",
          """
          A `static` field of test code that holds a mutable collection, map or `StringBuilder` lives
          as long as its class is loaded, which in a Maven or Gradle build is the whole test JVM: every
          test class of the Surefire fork that runs after it. When tests (directly, through a helper,
          from a subclass or an implementing class) add to it and no teardown empties it, the suite's
          heap grows with every test, and later tests can pass or fail depending on what earlier
          tests left behind.

          Reported once per field and per top-level class that grows it, at the first place in that
          class that grows it. Not reported when the container is immutable, only filled by a static
          initializer (or by a class-level set-up hook of the declaring, concrete class) and then only
          read, weak-keyed (`WeakHashMap`, `MapMaker.weakKeys()`), emptied or reassigned in any
          teardown hook of the class or its superclasses (directly or through a helper method), or
          emptied in a `finally` block of the method that grows it. Arrays are not reported: they
          cannot grow.""",
          Severity.WARNING,
          List.of(TEST_SOURCE_PATTERN, TEST_CODEBASE_PATTERN),
          EnumSet.allOf(Engine.class),
          List.of(
              new Divergence(
                  Engine.PMD,
                  "teardown-in-other-file",
                  "PMD analyses one source file at a time: when the growing class inherits a teardown"
                      + " hook from a superclass in another file, PMD cannot read that hook's body and"
                      + " assumes it clears the field, so it stays silent where Error Prone and"
                      + " SpotBugs see that the hook does not.")));

  private static final List<Rule> RULES = List.of(STATIC_COLLECTION_NEVER_CLEARED);

  private Catalogue() {}

  /** Every rule, in a stable order. */
  public static List<Rule> rules() {
    return RULES;
  }

  /** The rule with the given id, if there is one. */
  public static Optional<Rule> find(String id) {
    return RULES.stream().filter(rule -> rule.id().equals(id)).findFirst();
  }

  /** The rule with the given id; throws for an unknown id. */
  public static Rule get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("no testleak rule '" + id + "'"));
  }
}
