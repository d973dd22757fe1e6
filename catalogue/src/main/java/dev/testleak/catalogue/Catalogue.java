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
          teardown hook of the class or its superclasses (directly or through a helper method),
          emptied in a `finally` block of the method that grows it or elsewhere in that method, emptied
          by every test of the growing class, or grown by a fixture whose reset method its callers
          call. Arrays are not reported: they
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
                      + " SpotBugs see that the hook does not."),
              new Divergence(
                  Engine.PMD,
                  "owner-in-other-file",
                  "PMD analyses one source file at a time and sees a class of another file only as a"
                      + " compiled symbol, without its source path: when the field belongs to a class"
                      + " of another file that is test code only by its location (a fixture class with"
                      + " no framework annotation or type), PMD cannot tell it from production code and"
                      + " stays silent."),
              new Divergence(
                  Engine.PMD,
                  "reset-callers-in-other-file",
                  "PMD analyses one source file at a time and cannot see which classes call a"
                      + " fixture's grow and reset methods: for a fixture that offers a reset method it"
                      + " assumes its callers reset, and stays silent where Error Prone and SpotBugs see"
                      + " that no class calls the reset, or that a class grows through the fixture"
                      + " without calling it.")));

  public static final Rule ONCE_HOOK_STATE_MUTATED_BY_TESTS =
      new Rule(
          "OnceHookStateMutatedByTests",
          Family.ONCE_HOOK_STATE,
          "State created once per class in a once-hook is changed by every test",
          "{0} ''{1}'' is created once in {2} and then changed by the tests, so every test sees what"
              + " earlier tests left in it for as long as the class runs; create it in {3} instead, or"
              + " reset it there",
          List.of(
              "the kind of state (list, map, mock, spy, atomic counter, StringBuilder, ...)",
              "the field",
              "the once-hook that creates it, e.g. @BeforeAll",
              "the per-test hook of the same framework, e.g. @BeforeEach"),
          "Create the state in a per-test hook (@BeforeEach, @Before, @BeforeMethod) instead of a"
              + " once-hook, or reset it there",
          """
          A field assigned in a class-level once-hook (`@BeforeAll`, `@BeforeClass`, TestNG
          `@BeforeClass/@BeforeSuite/@BeforeTest/@BeforeGroups`) lives for the whole class. When the
          tests then add to it, stub or verify it (a Mockito mock counts every invocation of every
          test), or bump it, each test starts from what the previous ones left: tests pass alone and
          fail together, or the other way round, and results depend on the order. Reported at the
          assignment in the once-hook, once per field, unless a per-test hook of the class (or an
          inherited one) reassigns or resets it.""",
          Severity.WARNING,
          List.of(TEST_SOURCE_PATTERN, TEST_CODEBASE_PATTERN),
          EnumSet.allOf(Engine.class),
          List.of(
              new Divergence(
                  Engine.PMD,
                  "mutated-in-other-file",
                  "PMD analyses one source file at a time: when the once-hook is in a base class and"
                      + " only subclasses in other files change the state, PMD cannot see those tests"
                      + " and stays silent; Error Prone (same compilation) and SpotBugs (bytecode)"
                      + " see them.")));

  public static final Rule RESOURCE_LEAKED_PER_INVOCATION =
      new Rule(
          "ResourceLeakedPerInvocation",
          Family.PER_INVOCATION_RESOURCE,
          "Resource opened once per test invocation is not closed by the end of that invocation",
          "{0} opened {1} is {2}, so one leaks per invocation and stays open for the rest of the test"
              + " JVM (the whole Surefire fork); open it in try-with-resources, or close it in finally"
              + " or in the per-invocation teardown (@AfterEach/@After/@AfterMethod)",
          List.of(
              "the resource's type, e.g. FileInputStream or MockedStatic",
              "where it is opened, e.g. 'in every invocation of a parameterized test'",
              "what happens to it, e.g. 'never closed', 'discarded', 'closed only after the loop'"),
          "Open it in try-with-resources, or close it in finally or in the per-invocation teardown",
          """
          A resource opened in the body of a parameterized, repeated, templated or dynamic test, a
          JUnit 4 `Parameterized`/`Theories` test, a TestNG data-provider or `invocationCount` test,
          in the per-invocation set-up of such a class (with JUnit, also its field initializers and
          constructors: JUnit creates an instance per case), or inside a loop over cases, is opened once
          per case. When it is not released by the end of the same invocation (never closed, its handle
          discarded, closed only after the loop, or only at class end), the leak is multiplied by the
          number of cases: file handles, sockets, `MockedStatic` registrations and mock sessions
          pile up until the fork runs out of them.""",
          Severity.WARNING,
          List.of(TEST_SOURCE_PATTERN, TEST_CODEBASE_PATTERN),
          EnumSet.allOf(Engine.class),
          List.of());

  public static final Rule EXIT_REGISTRY_GROWN_PER_INVOCATION =
      new Rule(
          "ExitRegistryGrownPerInvocation",
          Family.PER_INVOCATION_RESOURCE,
          "JVM exit registry grows once per test invocation",
          "{0} {1} adds an entry to a JVM-wide registry that only shrinks when the test JVM exits"
              + " (the whole Surefire fork); delete the file yourself in finally (or use @TempDir) and"
              + " remove shutdown hooks in a teardown hook",
          List.of(
              "the call, e.g. File.deleteOnExit()",
              "where it is called, e.g. 'in every invocation of a parameterized test'"),
          "Delete the file yourself in finally (or use @TempDir) and remove shutdown hooks in a teardown"
              + " hook",
          """
          `File.deleteOnExit()` and `Runtime.addShutdownHook(..)` register with the JVM until it
          exits; nothing ever removes a `deleteOnExit` entry. Called once per invocation of a
          parameterized, repeated or dynamic test, or once per loop iteration, they grow without
          bound over a suite, and a shutdown hook keeps everything it references reachable.""",
          Severity.WARNING,
          List.of(TEST_SOURCE_PATTERN, TEST_CODEBASE_PATTERN),
          EnumSet.allOf(Engine.class),
          List.of());

  public static final Rule THREAD_OR_SERVER_NEVER_STOPPED =
      new Rule(
          "ThreadOrServerNeverStopped",
          Family.CLASS_LEVEL_THREAD,
          "Thread, executor, timer or server started in test set-up is never stopped",
          "{0} ''{1}'' is started in {2} and no matching teardown stops it, so its threads keep running"
              + " and keep what they reference reachable for the rest of the test JVM (the whole"
              + " Surefire fork); stop it in {3} or let JUnit close it with @AutoClose",
          List.of(
              "the kind, e.g. executor, thread, timer, HTTP server, server socket",
              "the field, or the variable for a local",
              "where it is started, e.g. @BeforeAll or a static initializer",
              "the matching teardown and stop call, e.g. '@AfterAll (shutdownNow())'"),
          "Stop it in the teardown hook of the same scope, or let JUnit close it with @AutoClose",
          """
          A thread, executor, timer or server started in class-level set-up (a static initializer,
          `@BeforeAll`, `@BeforeClass`, TestNG `@BeforeClass/@BeforeSuite`) or in per-test set-up
          (`@BeforeEach`, `@Before`, `@BeforeMethod`) keeps running after its tests are done unless
          the teardown of the same scope stops it: its threads, ports and everything they reference
          survive into every later test class of the fork. Daemon threads are reported too: being a
          daemon only lets the JVM exit, it does not stop the thread while the fork runs.""",
          Severity.WARNING,
          List.of(TEST_SOURCE_PATTERN, TEST_CODEBASE_PATTERN),
          EnumSet.allOf(Engine.class),
          List.of());

  public static final Rule JVM_SETTING_NOT_RESTORED =
      new Rule(
          "JvmSettingNotRestored",
          Family.GLOBAL_STATE,
          "Test changes a JVM-wide setting and does not restore it",
          "{0} changes {1} for the whole test JVM (the whole Surefire fork) and nothing restores it, so"
              + " every later test runs with the change; save the previous value and restore it in"
              + " finally or in a teardown hook (or use a rule or extension that does)",
          List.of(
              "the call, e.g. System.setProperty(..)",
              "what it changes, e.g. system property 'user.timezone' or the default Locale"),
          "Save the previous value and restore it in finally or in a teardown hook, or use a rule or"
              + " extension that does",
          """
          System properties, `System.out/err/in`, the default `Locale` and `TimeZone`, the default
          uncaught-exception handler, `Authenticator`/`CookieHandler`/`ProxySelector` defaults and
          logger levels, handlers and appenders are shared by every test of the JVM. A test that
          changes one and does not restore it (in `finally`, or in a teardown hook of its class)
          changes the behaviour of every later test of the fork, which then pass or fail with the
          order, and keeps whatever it installed reachable.""",
          Severity.WARNING,
          List.of(TEST_SOURCE_PATTERN, TEST_CODEBASE_PATTERN),
          EnumSet.allOf(Engine.class),
          List.of(
              new Divergence(
                  Engine.PMD,
                  "teardown-in-other-file",
                  "PMD analyses one source file at a time: when the class inherits a teardown hook"
                      + " from a superclass in another file, PMD cannot read that hook's body and"
                      + " assumes it restores the setting, so it stays silent where Error Prone and"
                      + " SpotBugs see that the hook does not.")));

  public static final Rule SINGLETON_STATE_NOT_RESTORED =
      new Rule(
          "SingletonStateNotRestored",
          Family.GLOBAL_STATE,
          "Test changes the state of a process-wide singleton and does not restore it",
          "{0} changes the state of singleton {1}, which lives for the whole test JVM (the whole"
              + " Surefire fork), and nothing restores it, so every later test inherits the change;"
              + " restore it (set the old value back, unregister, reset) in finally or in a teardown"
              + " hook",
          List.of("the call, e.g. register(..)", "the singleton, e.g. Registry.getInstance()"),
          "Restore it (set the old value back, unregister, reset) in finally or in a teardown hook",
          """
          A singleton (a lazy `getInstance()`, a holder idiom, an enum `INSTANCE`, a `static final`
          instance field) lives as long as its class: the whole test JVM. A test that configures it
          or registers something with it and does not undo that in `finally` or a teardown hook
          hands its configuration to every later test of the fork and keeps what it registered
          reachable.""",
          Severity.WARNING,
          List.of(TEST_SOURCE_PATTERN, TEST_CODEBASE_PATTERN),
          EnumSet.allOf(Engine.class),
          List.of());

  private static final List<Rule> RULES =
      List.of(
          STATIC_COLLECTION_NEVER_CLEARED,
          ONCE_HOOK_STATE_MUTATED_BY_TESTS,
          THREAD_OR_SERVER_NEVER_STOPPED,
          RESOURCE_LEAKED_PER_INVOCATION,
          EXIT_REGISTRY_GROWN_PER_INVOCATION,
          JVM_SETTING_NOT_RESTORED,
          SINGLETON_STATE_NOT_RESTORED);

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
