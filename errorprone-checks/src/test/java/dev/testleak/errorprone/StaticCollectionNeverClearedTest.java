package dev.testleak.errorprone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.errorprone.BugPattern;
import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.ErrorProneFlags;
import com.sun.tools.javac.main.Main.Result;
import dev.testleak.catalogue.Catalogue;
import dev.testleak.catalogue.Rule;
import dev.testleak.errorprone.support.TestCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link StaticCollectionNeverCleared}, in the order of the checker's decisions: which
 * classes are test code, which fields, what grows them, growth that is not a leak, what clears
 * them, where and how a finding is reported, suppression, and odd code that must not crash.
 */
final class StaticCollectionNeverClearedTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(StaticCollectionNeverCleared.class, getClass());

  @Test
  void bugPatternMatchesCatalogue() {
    Rule rule = Catalogue.STATIC_COLLECTION_NEVER_CLEARED;
    BugPattern pattern = StaticCollectionNeverCleared.class.getAnnotation(BugPattern.class);

    assertThat(pattern.name()).isEqualTo(rule.id());
    assertThat(StaticCollectionNeverCleared.class.getSimpleName()).isEqualTo(rule.id());
    assertThat(pattern.summary()).isEqualTo(rule.summary());
    assertThat(pattern.severity().name()).isEqualTo(rule.severity().errorProne());
    assertThat(pattern.linkType()).isEqualTo(BugPattern.LinkType.CUSTOM);
    assertThat(pattern.link()).isEqualTo(rule.helpUri());
  }

  @Test
  void invalidTestSourcePatternFailsFast() {
    assertThatThrownBy(
            () ->
                TestCode.sourcePattern(
                    ErrorProneFlags.fromMap(Map.of("Testleak:TestSourcePattern", "src/(test"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "-XepOpt:Testleak:TestSourcePattern: invalid regular expression 'src/(test':"
                + " Unclosed group");
    assertThatThrownBy(
            () ->
                helper
                    .setArgs("-XepOpt:Testleak:TestSourcePattern=src/(test")
                    .addSourceLines("A.java", "class A {}")
                    .doTest())
        .hasMessageContaining(
            "IllegalArgumentException: -XepOpt:Testleak:TestSourcePattern: invalid regular"
                + " expression 'src/(test': Unclosed group");
  }

  @Test
  void testCodeByFrameworkAnnotationsAndTypes() {
    helper
        .addSourceLines(
            "JupiterTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class JupiterTest {
              static final List<String> SEEN = new ArrayList<>();

              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'SEEN' is grown by tests and never cleared
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "JUnit4Test.java",
            """
            import java.util.HashSet;
            import java.util.Set;
            import org.junit.Test;

            public class JUnit4Test {
              static final Set<String> SEEN = new HashSet<>();

              @Test
              public void t() {
                // BUG: Diagnostic contains: static set 'SEEN'
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "TestNgTest.java",
            """
            import java.util.HashMap;
            import java.util.Map;
            import org.testng.annotations.Test;

            public class TestNgTest {
              static final Map<String, String> SEEN = new HashMap<>();

              @Test
              public void t() {
                // BUG: Diagnostic contains: static map 'SEEN'
                SEEN.put("x", "y");
              }
            }
            """)
        .addSourceLines(
            "ExtendedWith.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.extension.ExtendWith;

            @ExtendWith(RecordingExtension.class)
            class ExtendedWith {
              static final List<String> SEEN = new ArrayList<>();

              void helper() {
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "RecordingExtension.java",
            """
            import java.util.HashMap;
            import java.util.Map;
            import org.junit.jupiter.api.extension.BeforeEachCallback;
            import org.junit.jupiter.api.extension.ExtensionContext;

            class RecordingExtension implements BeforeEachCallback {
              static final Map<String, String> STARTED = new HashMap<>();

              @Override
              public void beforeEach(ExtensionContext context) {
                // BUG: Diagnostic contains: static map 'STARTED'
                STARTED.put(context.getUniqueId(), "started");
              }
            }
            """)
        .addSourceLines(
            "RecordingRule.java",
            """
            import java.util.HashMap;
            import java.util.Map;
            import org.junit.rules.ExternalResource;

            class RecordingRule extends ExternalResource {
              static final Map<String, String> STARTED = new HashMap<>();

              @Override
              protected void before() {
                // BUG: Diagnostic contains: static map 'STARTED'
                STARTED.put("a", "b");
              }
            }
            """)
        .addSourceLines(
            "OldStyleTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import junit.framework.TestCase;

            public class OldStyleTest extends TestCase {
              static final List<String> SEEN = new ArrayList<>();

              public void testIt() {
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "AbstractBase.java",
            """
            import org.junit.jupiter.api.BeforeEach;

            abstract class AbstractBase {
              @BeforeEach
              void setUpBase() {}
            }
            """)
        .addSourceLines(
            "InheritsLifecycle.java",
            """
            import java.util.ArrayList;
            import java.util.List;

            class InheritsLifecycle extends AbstractBase {
              static final List<String> SEEN = new ArrayList<>();

              void grow() {
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void testCodeBySourcePath() {
    helper
        .addSourceLines(
            "src/test/java/com/acme/Fixtures.java",
            """
            package com.acme;

            import java.util.HashMap;
            import java.util.Map;

            public final class Fixtures {
              private static final Map<String, Object> CACHE = new HashMap<>();

              public static Object fixture(String name) {
                // BUG: Diagnostic contains: static map 'CACHE'
                return CACHE.computeIfAbsent(name, n -> new Object());
              }
            }
            """)
        .addSourceLines(
            "src/testFixtures/java/com/acme/SharedFixtures.java",
            """
            package com.acme;

            import java.util.ArrayList;
            import java.util.List;

            public final class SharedFixtures {
              private static final List<Object> MADE = new ArrayList<>();

              public static void remember(Object o) {
                // BUG: Diagnostic contains: static list 'MADE'
                MADE.add(o);
              }
            }
            """)
        .doTest();
  }

  @Test
  void productionCodeIsNotTestCode() {
    helper
        .addSourceLines(
            "src/main/java/com/acme/Fixtures.java",
            """
            package com.acme;

            import java.util.HashMap;
            import java.util.Map;

            public final class Fixtures {
              private static final Map<String, Object> CACHE = new HashMap<>();

              public static Object fixture(String name) {
                return CACHE.computeIfAbsent(name, n -> new Object());
              }

              static void tearDown() {}
            }
            """)
        .addSourceLines(
            "src/main/java/com/acme/Registry.java",
            """
            package com.acme;

            import java.util.ArrayList;
            import java.util.List;

            class Registry {
              static final List<String> NAMES = new ArrayList<>();

              static void register(String name) {
                NAMES.add(name);
              }
            }
            """)
        .doTest();
  }

  @Test
  void customTestSourcePattern() {
    helper
        .setArgs("-XepOpt:Testleak:TestSourcePattern=.*/fixtures/.*")
        .addSourceLines(
            "src/test/java/Plain.java",
            """
            import java.util.ArrayList;
            import java.util.List;

            class Plain {
              static final List<String> SEEN = new ArrayList<>();

              static void grow() {
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "lib/fixtures/Fixture.java",
            """
            import java.util.ArrayList;
            import java.util.List;

            class Fixture {
              static final List<String> SEEN = new ArrayList<>();

              static void grow() {
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void fieldsThatAreNotStaticGrowableContainers() {
    helper
        .addSourceLines(
            "NotStaticContainersTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import java.util.concurrent.atomic.AtomicInteger;
            import org.junit.jupiter.api.Test;

            class NotStaticContainersTest {
              final List<String> perTest = new ArrayList<>();
              static final String[] ARRAY = new String[10];
              static final AtomicInteger COUNTER = new AtomicInteger();
              static Object untyped = new ArrayList<String>();

              @Test
              void t() {
                perTest.add("x");
                List<String> local = new ArrayList<>();
                local.add("x");
                ARRAY[0] = "x";
                COUNTER.addAndGet(1);
                ((List<String>) untyped).add("x");
                new StringBuilder().append("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void immutableAndWeakKeyedContainers() {
    helper
        .addSourceLines(
            "ImmutableTest.java",
            """
            import com.github.benmanes.caffeine.cache.Caffeine;
            import com.google.common.cache.CacheBuilder;
            import com.google.common.collect.ImmutableList;
            import com.google.common.collect.ImmutableMap;
            import com.google.common.collect.MapMaker;
            import java.util.Arrays;
            import java.util.Collections;
            import java.util.List;
            import java.util.Map;
            import java.util.Set;
            import java.util.WeakHashMap;
            import java.util.concurrent.ConcurrentMap;
            import org.junit.jupiter.api.Test;

            class ImmutableTest {
              static final List<String> OF = List.of("a");
              static final Set<String> SET_OF = Set.of();
              static final Map<String, String> COPY = Map.copyOf(Map.of());
              static final List<String> UNMODIFIABLE = Collections.unmodifiableList(OF);
              static final List<String> EMPTY = Collections.emptyList();
              static final List<String> FIXED = Arrays.asList("a", "b");
              static final List<String> GUAVA_OF = ImmutableList.of();
              static final List<String> GUAVA_BUILT = ImmutableList.<String>builder().add("a").build();
              static ImmutableMap<String, String> guavaTyped = ImmutableMap.of();
              static final Map<Object, String> WEAK = new WeakHashMap<>();
              static Map<Object, String> weakByInitializer = new WeakHashMap<>();
              static final ConcurrentMap<Object, String> MAP_MAKER = new MapMaker().weakKeys().makeMap();
              static final Map<Object, Object> GUAVA_CACHE =
                  CacheBuilder.newBuilder().weakKeys().build().asMap();
              static final Map<Object, Object> CAFFEINE = Caffeine.newBuilder().weakKeys().build().asMap();

              @Test
              void t() {
                OF.add("x");
                SET_OF.add("x");
                COPY.put("x", "y");
                UNMODIFIABLE.add("x");
                EMPTY.add("x");
                FIXED.add("x");
                GUAVA_OF.add("x");
                GUAVA_BUILT.add("x");
                guavaTyped.put("x", "y");
                WEAK.put(new Object(), "x");
                weakByInitializer.put(new Object(), "x");
                MAP_MAKER.put(new Object(), "x");
                GUAVA_CACHE.put(new Object(), "x");
                CAFFEINE.put(new Object(), "x");
              }
            }
            """)
        .addSourceLines(
            "NotFinalTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import java.util.Map;
            import java.util.WeakHashMap;
            import org.junit.jupiter.api.Test;

            class NotFinalTest {
              // Not final: it may be replaced by a mutable list.
              static List<String> replaceable = List.of();
              // Weak-keyed map wrapped: the declared initialiser is not a weak-keyed chain.
              static final Map<Object, String> WRAPPED =
                  java.util.Collections.synchronizedMap(new WeakHashMap<>());

              @Test
              void replace() {
                replaceable = new ArrayList<>();
              }

              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'replaceable'
                replaceable.add("x");
                // BUG: Diagnostic contains: static map 'WRAPPED'
                WRAPPED.put(new Object(), "x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void containerKindsAndGrowingCalls() {
    helper
        .addSourceLines(
            "KindsTest.java",
            """
            import com.google.common.collect.ArrayListMultimap;
            import com.google.common.collect.HashBasedTable;
            import com.google.common.collect.HashMultiset;
            import com.google.common.collect.Multimap;
            import com.google.common.collect.Multiset;
            import com.google.common.collect.Table;
            import java.util.ArrayDeque;
            import java.util.ArrayList;
            import java.util.Collection;
            import java.util.Collections;
            import java.util.Deque;
            import java.util.LinkedList;
            import java.util.List;
            import java.util.Queue;
            import java.util.Set;
            import java.util.TreeSet;
            import java.util.Vector;
            import java.util.concurrent.ConcurrentHashMap;
            import org.junit.jupiter.api.Test;

            class KindsTest {
              static final List<String> LIST = new ArrayList<>();
              static final Set<String> SET = new TreeSet<>();
              static final ConcurrentHashMap<String, Integer> COUNTS = new ConcurrentHashMap<>();
              static final ConcurrentHashMap<String, Integer> MERGED = new ConcurrentHashMap<>();
              static final Queue<String> QUEUE = new LinkedList<>();
              static final Deque<String> DEQUE = new ArrayDeque<>();
              static final Multimap<String, String> MULTIMAP = ArrayListMultimap.create();
              static final Table<String, String, String> TABLE = HashBasedTable.create();
              static final Multiset<String> MULTISET = HashMultiset.create();
              static final Collection<String> COLLECTION = new ArrayList<>();
              static final Vector<String> VECTOR = new Vector<>();
              static final StringBuilder LOG = new StringBuilder();
              static final StringBuffer BUFFER = new StringBuffer();
              static final List<String> ADD_ALL = new ArrayList<>();

              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'LIST'
                LIST.add(0, "x");
                // BUG: Diagnostic contains: static set 'SET'
                SET.addAll(List.of("x"));
                // BUG: Diagnostic contains: static map 'COUNTS'
                COUNTS.computeIfAbsent("x", k -> 1);
                // BUG: Diagnostic contains: static map 'MERGED'
                MERGED.merge("x", 1, Integer::sum);
                // BUG: Diagnostic contains: static queue 'QUEUE'
                QUEUE.offer("x");
                // BUG: Diagnostic contains: static deque 'DEQUE'
                DEQUE.push("x");
                // BUG: Diagnostic contains: static multimap 'MULTIMAP'
                MULTIMAP.put("x", "y");
                // BUG: Diagnostic contains: static table 'TABLE'
                TABLE.put("r", "c", "v");
                // BUG: Diagnostic contains: static collection 'MULTISET'
                MULTISET.setCount("x", 3);
                // BUG: Diagnostic contains: static collection 'COLLECTION'
                COLLECTION.add("x");
                // BUG: Diagnostic contains: static list 'VECTOR'
                VECTOR.addElement("x");
                // BUG: Diagnostic contains: static StringBuilder 'LOG'
                LOG.append("x").append("y");
                // BUG: Diagnostic contains: static StringBuilder 'BUFFER'
                BUFFER.insert(0, "x");
                // BUG: Diagnostic contains: static list 'ADD_ALL'
                Collections.addAll(ADD_ALL, "x", "y");
              }
            }
            """)
        .doTest();
  }

  @Test
  void callsThatDoNotGrow() {
    helper
        .addSourceLines(
            "ReadOnlyTest.java",
            """
            import java.util.ArrayList;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import org.junit.jupiter.api.Test;

            class ReadOnlyTest {
              static final List<String> LIST = new ArrayList<>();
              static final Map<String, String> MAP = new HashMap<>();
              static final StringBuilder LOG = new StringBuilder();

              @Test
              void t() {
                LIST.get(0);
                LIST.set(0, "x");
                LIST.contains("x");
                MAP.get("x");
                MAP.replace("x", "y");
                LOG.toString();
                LOG.length();
                new ArrayList<String>().addAll(LIST);
                List<String> copy = new ArrayList<>(LIST);
                copy.add("y");
              }
            }
            """)
        .doTest();
  }

  @Test
  void growthThroughHelpersSubclassesMixinsAndNestedClasses() {
    helper
        .addSourceLines(
            "HelperTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class HelperTest {
              static final List<String> SEEN = new ArrayList<>();

              private static void remember(String s) {
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add(s);
              }

              @Test
              void t() {
                remember("x");
              }
            }
            """)
        .addSourceLines(
            "BaseTest.java",
            """
            import java.util.HashMap;
            import java.util.Map;
            import org.junit.jupiter.api.Test;

            abstract class BaseTest {
              protected static final Map<String, String> REGISTRY = new HashMap<>();

              @Test
              void inherited() {}
            }
            """)
        .addSourceLines(
            "SubTest.java",
            """
            import org.junit.jupiter.api.Test;

            class SubTest extends BaseTest {
              @Test
              void t() {
                // BUG: Diagnostic contains: static map 'BaseTest.REGISTRY'
                REGISTRY.put("k", "v");
              }
            }
            """)
        .addSourceLines(
            "src/test/java/RecordsCalls.java",
            """
            import java.util.ArrayList;
            import java.util.List;

            interface RecordsCalls {
              List<String> CALLS = new ArrayList<>();

              default void record(String call) {
                // BUG: Diagnostic contains: static list 'CALLS'
                CALLS.add(call);
              }
            }
            """)
        .addSourceLines(
            "MixinTest.java",
            """
            import org.junit.jupiter.api.Test;

            class MixinTest implements RecordsCalls {
              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'RecordsCalls.CALLS'
                CALLS.add("t");
              }
            }
            """)
        .addSourceLines(
            // Only its @Nested class uses JUnit, so the outer class is test code by its path.
            "src/test/java/OuterTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;

            class OuterTest {
              static final List<String> SEEN = new ArrayList<>();

              @Nested
              class Inner {
                @Test
                void t() {
                  // BUG: Diagnostic contains: static list 'SEEN'
                  SEEN.add("x");
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void growthThatIsNotALeak() {
    helper
        .addSourceLines(
            "StaticInitializerTest.java",
            """
            import java.util.ArrayList;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import org.junit.jupiter.api.Test;

            class StaticInitializerTest {
              static final Map<String, String> MAP = new HashMap<>();
              static final List<String> LIST = new ArrayList<>();
              static final List<String> FILLED = fill(LIST);

              static {
                MAP.put("a", "b");
                MAP.putAll(Map.of("c", "d"));
              }

              static List<String> fill(List<String> list) {
                return list;
              }

              @Test
              void t() {
                MAP.get("a");
                LIST.size();
              }
            }
            """)
        .addSourceLines(
            "ConcreteBeforeAllTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.BeforeClass;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class ConcreteBeforeAllTest {
              static final List<String> DATA = new ArrayList<>();
              static final List<String> JUNIT4_DATA = new ArrayList<>();

              @BeforeAll
              static void load() {
                DATA.add("fixture");
              }

              @BeforeClass
              public static void loadJUnit4() {
                JUNIT4_DATA.add("fixture");
              }

              @Test
              void t() {
                DATA.get(0);
              }
            }
            """)
        .addSourceLines(
            "TestNgSuiteSetup.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.testng.annotations.BeforeSuite;
            import org.testng.annotations.Test;

            public class TestNgSuiteSetup {
              static final List<String> DATA = new ArrayList<>();

              @BeforeSuite
              public void load() {
                DATA.add("fixture");
              }

              @Test
              public void t() {}
            }
            """)
        .addSourceLines(
            "AbstractBeforeAllTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            abstract class AbstractBeforeAllTest {
              static final List<String> DATA = new ArrayList<>();

              @BeforeAll
              static void load() {
                // BUG: Diagnostic contains: static list 'DATA'
                DATA.add("fixture");
              }

              @Test
              void t() {}
            }
            """)
        .addSourceLines(
            "SubclassBeforeAllTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class SubclassBeforeAllTest extends AbstractBeforeAllTest {
              @BeforeAll
              static void loadMore() {
                // BUG: Diagnostic contains: static list 'AbstractBeforeAllTest.DATA'
                DATA.add("more");
              }
            }
            """)
        .addSourceLines(
            "BeforeEachTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class BeforeEachTest {
              static final List<String> DATA = new ArrayList<>();

              @BeforeEach
              void load() {
                // BUG: Diagnostic contains: static list 'DATA'
                DATA.add("fixture");
              }

              @Test
              void t() {}
            }
            """)
        .addSourceLines(
            "GrowInTeardownTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Test;

            class GrowInTeardownTest {
              static final List<String> FINISHED = new ArrayList<>();

              @AfterEach
              void done() {
                FINISHED.add("done");
              }

              @Test
              void t() {}
            }
            """)
        .addSourceLines(
            "TryFinallyTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class TryFinallyTest {
              static final List<String> SEEN = new ArrayList<>();

              @Test
              void t() {
                try {
                  SEEN.add("x");
                  List.of("y").forEach(SEEN::add);
                  List.of("z").forEach(s -> SEEN.add(s));
                } finally {
                  SEEN.clear();
                }
              }
            }
            """)
        .addSourceLines(
            "TryFinallyOtherFieldTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class TryFinallyOtherFieldTest {
              static final List<String> SEEN = new ArrayList<>();
              static final List<String> OTHER = new ArrayList<>();

              @Test
              void t() {
                try {
                  // BUG: Diagnostic contains: static list 'SEEN'
                  SEEN.add("x");
                } finally {
                  OTHER.clear();
                  SEEN.size();
                }
              }
            }
            """)
        .addSourceLines(
            "LambdaInStaticInitializerTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import java.util.function.Consumer;
            import org.junit.jupiter.api.Test;

            class LambdaInStaticInitializerTest {
              static final List<String> SEEN = new ArrayList<>();
              // Runs when the tests call it, not when the class is loaded.
              // BUG: Diagnostic contains: static list 'SEEN'
              static final Consumer<String> RECORD = s -> SEEN.add(s);

              @Test
              void t() {
                RECORD.accept("x");
              }
            }
            """)
        .addSourceLines(
            "LambdaInBeforeClassTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.BeforeClass;
            import org.junit.Test;

            public class LambdaInBeforeClassTest {
              static final List<Throwable> UNCAUGHT = new ArrayList<>();

              @BeforeClass
              public static void install() {
                UNCAUGHT.add(new Throwable("once, when the class starts"));
                // The handler runs whenever a thread dies, not once.
                // BUG: Diagnostic contains: static list 'UNCAUGHT'
                Thread.setDefaultUncaughtExceptionHandler((thread, error) -> UNCAUGHT.add(error));
              }

              @Test
              public void t() {}
            }
            """)
        .doTest();
  }

  @Test
  void clearedByPerTestSetUpThatAssignsAFreshContainer() {
    helper
        .addSourceLines(
            "ReassignedInBeforeEachTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class ReassignedInBeforeEachTest {
              static List<String> sent;
              static List<String> onlyOnce;

              @BeforeEach
              void freshOutbox() {
                sent = new ArrayList<>();
              }

              @BeforeAll
              static void once() {
                onlyOnce = new ArrayList<>();
              }

              @Test
              void t() {
                sent.add("welcome");
                // BUG: Diagnostic contains: static list 'onlyOnce'
                onlyOnce.add("welcome");
              }
            }
            """)
        .addSourceLines(
            "ReassignedInBeforeTest.java",
            """
            import java.util.HashMap;
            import java.util.Map;
            import org.junit.Before;
            import org.junit.Test;

            public class ReassignedInBeforeTest {
              static Map<String, String> cache;

              @Before
              public void reset() {
                cache = new HashMap<>();
              }

              @Test
              public void t() {
                cache.put("k", "v");
              }
            }
            """)
        .doTest();
  }

  @Test
  void clearedByPerTestSetUpThatEmptiesIt() {
    helper
        .addSourceLines(
            "ClearedInBeforeEachTest.java",
            """
            import java.util.HashMap;
            import java.util.Map;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class ClearedInBeforeEachTest {
              static final Map<String, String> FENCED = new HashMap<>();

              @BeforeEach
              void forget() {
                FENCED.clear();
              }

              @Test
              void t() {
                FENCED.put("node-1", "fenced");
              }
            }
            """)
        .addSourceLines(
            "ClearedThroughHelperInBeforeTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.Before;
            import org.junit.Test;

            public class ClearedThroughHelperInBeforeTest {
              static final List<String> SEEN = new ArrayList<>();

              @Before
              public void setUp() {
                reset();
              }

              private void reset() {
                SEEN.removeIf(s -> true);
              }

              @Test
              public void t() {
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "ClearedInBeforeMethodTest.java",
            """
            import java.util.HashSet;
            import java.util.Set;
            import org.testng.annotations.BeforeMethod;
            import org.testng.annotations.Test;

            public class ClearedInBeforeMethodTest {
              static final Set<String> SEEN = new HashSet<>();

              @BeforeMethod
              public void setUp() {
                SEEN.clear();
              }

              @Test
              public void t() {
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "ClearedInBeforeEachCallback.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.extension.BeforeEachCallback;
            import org.junit.jupiter.api.extension.ExtensionContext;

            class ClearedInBeforeEachCallback implements BeforeEachCallback {
              static final List<String> EVENTS = new ArrayList<>();

              @Override
              public void beforeEach(ExtensionContext context) {
                EVENTS.clear();
              }

              void record() {
                EVENTS.add("event");
              }
            }
            """)
        .addSourceLines(
            "SetUpClearsAnotherFieldTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class SetUpClearsAnotherFieldTest {
              static final List<String> SEEN = new ArrayList<>();
              static final List<String> OTHER = new ArrayList<>();

              @BeforeEach
              void setUp() {
                OTHER.clear();
                SEEN.size();
              }

              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "ClearedInBeforeAllOnlyTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class ClearedInBeforeAllOnlyTest {
              static final List<String> SEEN = new ArrayList<>();

              // Once per class, not per test: each test still adds to what the others left.
              @BeforeAll
              static void setUpOnce() {
                SEEN.clear();
              }

              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void growthEmptiedInTheSameMethod() {
    helper
        .addSourceLines(
            "EmptiedInSameMethodTest.java",
            """
            import java.util.ArrayList;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import org.junit.jupiter.api.Test;

            class EmptiedInSameMethodTest {
              static final List<String> MAPPING = new ArrayList<>();
              static final List<String> RECORDED = new ArrayList<>();
              static Map<String, String> cache = new HashMap<>();

              private static void resetAndFill(String... hosts) {
                MAPPING.clear();
                for (String host : hosts) {
                  MAPPING.add(host);
                }
              }

              @Test
              void mapsTwoHosts() {
                resetAndFill("a", "b");
              }

              @Test
              void recordsAndDrains() {
                RECORDED.add("request");
                RECORDED.remove("request");
                RECORDED.clear();
              }

              @Test
              void fillsThenReplaces() {
                cache.put("k", "v");
                cache = new HashMap<>();
              }

              @Test
              void lambdaThatEmptiesWhatItAdds() {
                Runnable r =
                    () -> {
                      RECORDED.add("x");
                      RECORDED.clear();
                    };
                r.run();
              }
            }
            """)
        .addSourceLines(
            "EmptiesAnotherFieldTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class EmptiesAnotherFieldTest {
              static final List<String> SEEN = new ArrayList<>();
              static final List<String> OTHER = new ArrayList<>();

              @Test
              void t() {
                OTHER.clear();
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("x");
                OTHER.add("y");
                SEEN.size();
              }
            }
            """)
        .addSourceLines(
            "EmptiedInLambdaOnlyTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class EmptiedInLambdaOnlyTest {
              static final List<String> SEEN = new ArrayList<>();

              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("x");
                // Empties only when (and if) it is called.
                Runnable reset = () -> SEEN.clear();
              }
            }
            """)
        .addSourceLines(
            "GrownInLambdaEmptiedOutsideTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class GrownInLambdaEmptiedOutsideTest {
              static final List<String> SEEN = new ArrayList<>();
              static Runnable recorder;

              @Test
              void t() {
                SEEN.clear();
                // The lambda runs later, after the clear.
                // BUG: Diagnostic contains: static list 'SEEN'
                recorder = () -> SEEN.add("x");
              }

              // A test that does not empty SEEN: the growth is not drained by every test.
              @Test
              void runs() {
                recorder.run();
              }
            }
            """)
        .addSourceLines(
            "EmptiedInAnotherMethodTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class EmptiedInAnotherMethodTest {
              static final List<String> SEEN = new ArrayList<>();

              @Test
              void fills() {
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("x");
              }

              @Test
              void drains() {
                SEEN.clear();
              }
            }
            """)
        .doTest();
  }

  @Test
  void growthEmptiedThroughAHelperItCalls() {
    helper
        .addSourceLines(
            "EmptiedThroughHelperTest.java",
            """
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import org.junit.jupiter.api.Test;

            class EmptiedThroughHelperTest {
              static final class GroupsProvider {
                static Map<String, List<String>> mapping = new HashMap<>();

                static void clearMapping() {
                  mapping.clear();
                }

                static void resetMapping() {
                  replace();
                }

                private static void replace() {
                  mapping = new HashMap<>();
                }
              }

              @Test
              void clearsFirst() {
                GroupsProvider.clearMapping();
                GroupsProvider.mapping.put("userA", List.of("groupA"));
              }

              @Test
              void replacesAfterwards() {
                GroupsProvider.mapping.put("userB", List.of("groupB"));
                GroupsProvider.resetMapping();
              }
            }
            """)
        .addSourceLines(
            "HelperEmptiesAnotherFieldTest.java",
            """
            import java.util.ArrayList;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import org.junit.jupiter.api.Test;

            class HelperEmptiesAnotherFieldTest {
              static final Map<String, byte[]> CACHE = new HashMap<>();
              static final List<String> CALLS = new ArrayList<>();

              private static void resetCalls() {
                CALLS.clear();
              }

              @Test
              void t() {
                resetCalls();
                // BUG: Diagnostic contains: static map 'CACHE'
                CACHE.put("payload", new byte[1024]);
              }
            }
            """)
        .addSourceLines(
            "TooDeepTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class TooDeepTest {
              static final List<String> SEEN = new ArrayList<>();

              static void one() {
                two();
              }

              static void two() {
                three();
              }

              static void three() {
                four();
              }

              static void four() {
                SEEN.clear();
              }

              @Test
              void t() {
                one();
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "src/main/java/Registry.java",
            """
            /** Production code: a call into it is not followed. */
            public final class Registry {
              public static void reset() {
                ProductionHelperTest.NAMES.clear();
              }
            }
            """)
        .addSourceLines(
            "ProductionHelperTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class ProductionHelperTest {
              static final List<String> NAMES = new ArrayList<>();

              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'NAMES'
                NAMES.add("x");
                Registry.reset();
              }
            }
            """)
        .doTest();
  }

  @Test
  void growthDrainedByEveryTestOfItsClass() {
    helper
        .addSourceLines(
            "DrainedByEveryTestTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import java.util.function.Consumer;
            import java.util.stream.Stream;
            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class DrainedByEveryTestTest {
              static final List<String> EVENTS = new ArrayList<>();

              static final class RecordingListener implements Consumer<String> {
                @Override
                public void accept(String event) {
                  EVENTS.add(event);
                }
              }

              private static List<String> drainEvents() {
                List<String> drained = new ArrayList<>(EVENTS);
                EVENTS.clear();
                return drained;
              }

              @Test
              void removesEachEvent() {
                Stream.of("started", "stopped").forEach(new RecordingListener());
                EVENTS.remove("started");
                EVENTS.remove("stopped");
              }

              @ParameterizedTest
              @ValueSource(strings = {"opened", "closed"})
              void drainsThroughAHelper(String event) {
                new RecordingListener().accept(event);
                drainEvents();
              }

              @Nested
              class WhenRepeated {
                @Test
                void drainsThroughTheOuterHelper() {
                  Stream.of("tick", "tick").forEach(new RecordingListener());
                  drainEvents();
                }
              }
            }
            """)
        .addSourceLines(
            "RecordingBase.java",
            """
            import org.junit.jupiter.api.Test;

            abstract class RecordingBase {
              @Test
              void inheritedTestIsNotLookedAt() {}
            }
            """)
        .addSourceLines(
            "DrainsItsOwnTestsTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class DrainsItsOwnTestsTest extends RecordingBase {
              static final List<String> EVENTS = new ArrayList<>();

              static void record(String event) {
                EVENTS.add(event);
              }

              @Test
              void t() {
                record("x");
                EVENTS.clear();
              }
            }
            """)
        .addSourceLines(
            "DrainedBySomeTestsTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import java.util.function.Consumer;
            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;

            class DrainedBySomeTestsTest {
              static final List<String> EVENTS = new ArrayList<>();

              static final class RecordingListener implements Consumer<String> {
                @Override
                public void accept(String event) {
                  // BUG: Diagnostic contains: static list 'EVENTS'
                  EVENTS.add(event);
                }
              }

              @Test
              void recordsAndDrains() {
                new RecordingListener().accept("started");
                EVENTS.remove("started");
              }

              @Nested
              class Later {
                @Test
                void recordsOnly() {
                  new RecordingListener().accept("opened");
                }
              }
            }
            """)
        .addSourceLines(
            "NoTestsOfItsOwnTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;

            class NoTestsOfItsOwnTest extends RecordingBase {
              static final List<String> EVENTS = new ArrayList<>();

              static void record(String event) {
                // BUG: Diagnostic contains: static list 'EVENTS'
                EVENTS.add(event);
              }
            }
            """)
        .addSourceLines(
            "MixedJUnit3Test.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import junit.framework.TestCase;

            public class MixedJUnit3Test extends TestCase {
              static final List<String> EVENTS = new ArrayList<>();

              static void record(String event) {
                // BUG: Diagnostic contains: static list 'EVENTS'
                EVENTS.add(event);
              }

              @org.junit.Test
              public void testDrains() {
                EVENTS.clear();
              }

              // JUnit 3 runs it by its name: a test the clause cannot know by its annotations.
              public void testRecords() {
                record("x");
              }
            }
            """)
        .addSourceLines(
            "ClassLevelTestNgTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.testng.annotations.Test;

            public class ClassLevelTestNgTest {
              static final List<String> EVENTS = new ArrayList<>();

              static void record(String event) {
                // BUG: Diagnostic contains: static list 'EVENTS'
                EVENTS.add(event);
              }

              @Test
              public void drains() {
                EVENTS.clear();
              }

              @Test
              public static class Nested {
                // TestNG runs every public method of a class carrying @Test.
                public void records() {
                  record("x");
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void fixturesWithAResetMethodAreJudgedAtTheirCallers() {
    helper
        .addSourceLines(
            "src/test/java/fix/TopologyFixture.java",
            """
            package fix;

            import java.util.HashMap;
            import java.util.Map;

            public final class TopologyFixture {
              private static final Map<String, String> RACKS = new HashMap<>();

              private TopologyFixture() {}

              public static void addNode(String node, String rack) {
                synchronized (RACKS) {
                  RACKS.put(node, rack);
                }
              }

              public static void configure(String mapping) {
                for (String pair : mapping.split(",")) {
                  addNode(pair, pair);
                }
              }

              public static void reset() {
                RACKS.clear();
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/TopologyFixtureTest.java",
            """
            package fix;

            import org.junit.jupiter.api.Test;

            class TopologyFixtureTest {
              private static void freshTopology() {
                TopologyFixture.reset();
              }

              @Test
              void adds() {
                freshTopology();
                TopologyFixture.addNode("n1", "/r1");
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/TopologyFixtureTestNGTest.java",
            """
            package fix;

            import org.testng.annotations.AfterMethod;
            import org.testng.annotations.Test;

            public class TopologyFixtureTestNGTest {
              private static final Runnable FORGET = TopologyFixture::reset;

              @AfterMethod
              public void forgetTopology() {
                FORGET.run();
              }

              @Test
              public void configures() {
                TopologyFixture.configure("n1=/r1");
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/GenericFixture.java",
            """
            package fix;

            import java.util.ArrayList;
            import java.util.List;

            public final class GenericFixture {
              private static final List<Object> ITEMS = new ArrayList<>();

              static {
                Runnable early = GenericFixture::reset;
              }

              static <T> T add(T item) {
                ITEMS.add(item);
                return item;
              }

              static void reset() {
                Object unused = new Object() {};
                ITEMS.clear();
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/GenericFixtureTest.java",
            """
            package fix;

            import java.util.stream.Stream;
            import org.junit.jupiter.api.Test;

            class GenericFixtureTest {
              @Test
              void addsThroughAGenericMethodReference() {
                Stream.of(1, "two").map(GenericFixture::add).forEach(x -> GenericFixture.reset());
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/GenericLeakyFixture.java",
            """
            package fix;

            import java.util.ArrayList;
            import java.util.List;

            public final class GenericLeakyFixture {
              private static final List<Object> ITEMS = new ArrayList<>();

              static <T> T add(T item) {
                // BUG: Diagnostic contains: static list 'ITEMS'
                ITEMS.add(item);
                return item;
              }

              static void reset() {
                ITEMS.clear();
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/GenericLeakyFixtureTest.java",
            """
            package fix;

            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Test;

            class GenericLeakyFixtureTest {
              @AfterEach
              void reset() {
                GenericLeakyFixture.reset();
              }

              @Test
              void adds() {
                GenericLeakyFixture.add("x");
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/GenericLeakyFixtureForgetfulTest.java",
            """
            package fix;

            import java.util.stream.Stream;
            import org.junit.jupiter.api.Test;

            class GenericLeakyFixtureForgetfulTest {
              // Grows only through a method reference, and never resets.
              @Test
              void addsThroughAGenericMethodReference() {
                Stream.of(1, "two").map(GenericLeakyFixture::add).count();
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/SessionFixture.java",
            """
            package fix;

            import java.util.ArrayList;
            import java.util.List;

            public final class SessionFixture {
              private static final List<String> OPEN = new ArrayList<>();

              public static String open(String user) {
                // BUG: Diagnostic contains: static list 'OPEN'
                OPEN.add(user);
                return user;
              }

              public static String openAdmin() {
                return open("admin");
              }

              public static void closeAll() {
                OPEN.clear();
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/SessionFixtureResettingTest.java",
            """
            package fix;

            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Test;

            class SessionFixtureResettingTest {
              @AfterEach
              void closeSessions() {
                SessionFixture.closeAll();
              }

              @Test
              void opens() {
                SessionFixture.open("alice");
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/SessionFixtureForgetfulTest.java",
            """
            package fix;

            import org.junit.jupiter.api.Test;

            class SessionFixtureForgetfulTest {
              // Grows through a method of the fixture that calls the growing one.
              @Test
              void opensAdmin() {
                SessionFixture.openAdmin();
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/AuditFixture.java",
            """
            package fix;

            import java.util.LinkedHashSet;
            import java.util.Set;

            public final class AuditFixture {
              private static final Set<String> RECORDED = new LinkedHashSet<>();

              public static boolean record(String event) {
                // BUG: Diagnostic contains: static set 'RECORDED'
                return RECORDED.add(event);
              }

              public static void forget() {
                RECORDED.clear();
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/AuditFixtureUserTest.java",
            """
            package fix;

            import org.junit.jupiter.api.Test;

            class AuditFixtureUserTest {
              @Test
              void records() {
                AuditFixture.record("login");
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/SeededFixture.java",
            """
            package fix;

            import java.util.ArrayList;
            import java.util.List;

            public final class SeededFixture {
              private static final List<String> NAMES = new ArrayList<>();

              public static void add(String name) {
                // BUG: Diagnostic contains: static list 'NAMES'
                NAMES.add(name);
              }

              // Empties the list but grows it again: no reset method.
              public static void reseed() {
                NAMES.clear();
                NAMES.add("default");
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/HookedHelper.java",
            """
            package fix;

            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.AfterAll;

            public class HookedHelper {
              static final List<String> NAMES = new ArrayList<>();

              public static void add(String name) {
                // BUG: Diagnostic contains: static list 'NAMES'
                NAMES.add(name);
              }

              public static void reset() {
                NAMES.clear();
              }

              // A lifecycle hook: not a fixture, so judged where it grows, as before.
              @AfterAll
              static void done() {}
            }
            """)
        .addSourceLines(
            "src/test/java/fix/Shared.java",
            """
            package fix;

            import java.util.ArrayList;
            import java.util.List;

            public final class Shared {
              public static final List<String> ITEMS = new ArrayList<>();
            }
            """)
        .addSourceLines(
            "src/test/java/fix/ForeignFieldFixture.java",
            """
            package fix;

            public final class ForeignFieldFixture {
              public static void add(String item) {
                // BUG: Diagnostic contains: static list 'Shared.ITEMS'
                Shared.ITEMS.add(item);
              }

              // Resets a field that is not the fixture's own.
              public static void reset() {
                Shared.ITEMS.clear();
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/UnusedFixture.java",
            """
            package fix;

            import java.util.ArrayList;
            import java.util.List;

            // Nobody calls it at all: no class is seen to reset it.
            public final class UnusedFixture {
              private static final List<String> NAMES = new ArrayList<>();

              public static void add(String name) {
                // BUG: Diagnostic contains: static list 'NAMES'
                NAMES.add(name);
              }

              public static void reset() {
                NAMES.clear();
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/SelfResettingFixture.java",
            """
            package fix;

            import java.util.ArrayList;
            import java.util.List;

            // Only the fixture itself calls its reset: that is no user resetting it.
            public final class SelfResettingFixture {
              private static final List<String> NAMES = new ArrayList<>();

              public static void add(String name) {
                // BUG: Diagnostic contains: static list 'NAMES'
                NAMES.add(name);
              }

              public static void reset() {
                NAMES.clear();
              }

              public static void reload() {
                reset();
                add("seed");
              }
            }
            """)
        .addSourceLines(
            "src/test/java/fix/FixtureUsersTest.java",
            """
            package fix;

            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Test;

            class FixtureUsersTest {
              @AfterEach
              void resetAll() {
                SeededFixture.reseed();
                HookedHelper.reset();
                ForeignFieldFixture.reset();
              }

              @Test
              void uses() {
                SeededFixture.add("x");
                HookedHelper.add("x");
                ForeignFieldFixture.add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void clearedInTeardownHooks() {
    helper
        .addSourceLines(
            "AfterEachTest.java",
            """
            import java.util.ArrayList;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Test;

            class AfterEachTest {
              static final List<String> LIST = new ArrayList<>();
              static final Map<String, String> MAP = new HashMap<>();
              static final StringBuilder LOG = new StringBuilder();

              @AfterEach
              void clear() {
                LIST.clear();
              }

              @AfterAll
              static void clearAll() {
                MAP.keySet().size();
                MAP.remove("k");
                LOG.setLength(0);
              }

              @Test
              void t() {
                LIST.add("x");
                MAP.put("k", "v");
                LOG.append("x");
              }
            }
            """)
        .addSourceLines(
            "JUnit4TeardownTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.After;
            import org.junit.AfterClass;
            import org.junit.Test;

            public class JUnit4TeardownTest {
              static final List<String> PER_TEST = new ArrayList<>();
              static final List<String> PER_CLASS = new ArrayList<>();

              @After
              public void after() {
                PER_TEST.removeAll(List.of("x"));
              }

              @AfterClass
              public static void afterClass() {
                PER_CLASS.retainAll(List.of());
              }

              @Test
              public void t() {
                PER_TEST.add("x");
                PER_CLASS.add("x");
              }
            }
            """)
        .addSourceLines(
            "TestNgTeardownTest.java",
            """
            import java.util.ArrayDeque;
            import java.util.ArrayList;
            import java.util.Deque;
            import java.util.List;
            import org.testng.annotations.AfterMethod;
            import org.testng.annotations.AfterSuite;
            import org.testng.annotations.Test;

            public class TestNgTeardownTest {
              static final List<String> PER_METHOD = new ArrayList<>();
              static final Deque<String> PER_SUITE = new ArrayDeque<>();

              @AfterMethod
              public void afterMethod() {
                PER_METHOD.removeIf(s -> true);
              }

              @AfterSuite
              public void afterSuite() {
                while (!PER_SUITE.isEmpty()) {
                  PER_SUITE.pop();
                }
              }

              @Test
              public void t() {
                PER_METHOD.add("x");
                PER_SUITE.push("x");
              }
            }
            """)
        .addSourceLines(
            "ReassignedTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Test;

            class ReassignedTest {
              static List<String> seen = new ArrayList<>();

              @AfterEach
              void reset() {
                seen = new ArrayList<>();
              }

              @Test
              void t() {
                seen.add("x");
              }
            }
            """)
        .addSourceLines(
            "HandedOnTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Test;

            class HandedOnTest {
              static final List<String> SEEN = new ArrayList<>();

              @AfterEach
              void report() {
                Reports.consume(SEEN);
              }

              @Test
              void t() {
                SEEN.add("x");
              }
            }

            class Reports {
              static void consume(List<String> list) {}
            }
            """)
        .addSourceLines(
            "HelperCalledFromTeardownTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Test;

            class HelperCalledFromTeardownTest {
              static final List<String> SEEN = new ArrayList<>();

              @AfterEach
              void tearDown() {
                resetState();
              }

              private void resetState() {
                deeper();
              }

              private static void deeper() {
                SEEN.clear();
              }

              @Test
              void t() {
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "TooDeepTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Test;

            class TooDeepTest {
              static final List<String> SEEN = new ArrayList<>();

              @AfterEach
              void tearDown() {
                one();
              }

              void one() {
                two();
              }

              void two() {
                three();
              }

              void three() {
                four();
              }

              void four() {
                SEEN.clear();
              }

              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "ClearedElsewhereTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class ClearedElsewhereTest {
              static final List<String> SEEN = new ArrayList<>();

              // Clears, but is neither a hook nor called from one.
              void reset() {
                SEEN.clear();
              }

              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void clearedByInheritedAndFrameworkCallbackTeardowns() {
    helper
        .addSourceLines(
            "CleaningBase.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.AfterEach;

            abstract class CleaningBase {
              static final List<String> SEEN = new ArrayList<>();

              @AfterEach
              void cleanUp() {
                SEEN.clear();
              }
            }
            """)
        .addSourceLines(
            "InheritsCleanupTest.java",
            """
            import org.junit.jupiter.api.Test;

            class InheritsCleanupTest extends CleaningBase {
              @Test
              void t() {
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "NotCleaningBase.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.AfterEach;

            abstract class NotCleaningBase {
              static final List<String> SEEN = new ArrayList<>();

              @AfterEach
              void cleanUp() {
                SEEN.size();
              }
            }
            """)
        .addSourceLines(
            "InheritsNoCleanupTest.java",
            """
            import org.junit.jupiter.api.Test;

            class InheritsNoCleanupTest extends NotCleaningBase {
              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'NotCleaningBase.SEEN'
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "CleaningMixin.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.AfterEach;

            interface CleaningMixin {
              List<String> CALLS = new ArrayList<>();

              @AfterEach
              default void forgetCalls() {
                CALLS.clear();
              }
            }
            """)
        .addSourceLines(
            "UsesCleaningMixinTest.java",
            """
            import org.junit.jupiter.api.Test;

            class UsesCleaningMixinTest implements CleaningMixin {
              @Test
              void t() {
                CALLS.add("x");
              }
            }
            """)
        .addSourceLines(
            "NestedCleanupTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;

            class NestedCleanupTest {
              static final List<String> SEEN = new ArrayList<>();

              @AfterEach
              void cleanUp() {
                SEEN.clear();
              }

              @Nested
              class Inner {
                @Test
                void t() {
                  SEEN.add("x");
                }
              }
            }
            """)
        .addSourceLines(
            "CleaningExtension.java",
            """
            import java.util.HashMap;
            import java.util.Map;
            import org.junit.jupiter.api.extension.AfterEachCallback;
            import org.junit.jupiter.api.extension.BeforeEachCallback;
            import org.junit.jupiter.api.extension.ExtensionContext;

            class CleaningExtension implements BeforeEachCallback, AfterEachCallback {
              static final Map<String, String> STARTED = new HashMap<>();

              @Override
              public void beforeEach(ExtensionContext context) {
                STARTED.put(context.getUniqueId(), "started");
              }

              @Override
              public void afterEach(ExtensionContext context) {
                STARTED.remove(context.getUniqueId());
              }
            }
            """)
        .addSourceLines(
            "CleaningRule.java",
            """
            import java.util.HashMap;
            import java.util.Map;
            import org.junit.rules.ExternalResource;

            class CleaningRule extends ExternalResource {
              static final Map<String, String> STARTED = new HashMap<>();

              @Override
              protected void before() {
                STARTED.put("a", "b");
              }

              @Override
              protected void after() {
                STARTED.clear();
              }
            }
            """)
        .addSourceLines(
            "CleaningTestCase.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import junit.framework.TestCase;

            public class CleaningTestCase extends TestCase {
              static final List<String> SEEN = new ArrayList<>();

              @Override
              protected void tearDown() throws Exception {
                SEEN.clear();
                super.tearDown();
              }

              public void testIt() {
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "NamedTearDownTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class NamedTearDownTest {
              static final List<String> SEEN = new ArrayList<>();

              // Merely named like a hook: nothing runs it.
              void tearDown() {
                SEEN.clear();
              }

              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "src/test/java/Registry.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.AfterEach;

            class Registry {
              static final List<String> ENTRIES = new ArrayList<>();

              @AfterEach
              void forget() {
                ENTRIES.clear();
              }
            }
            """)
        .addSourceLines(
            "UsesRegistryTest.java",
            """
            import org.junit.jupiter.api.Test;

            class UsesRegistryTest {
              @Test
              void t() {
                Registry.ENTRIES.add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void clearedByTeardownOfClassFromClassFileIsAssumed() {
    helper
        .addSourceLines(
            "SpringLikeTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.rules.TemporaryFolder;
            import org.junit.Test;

            // TemporaryFolder.after() is a teardown whose body comes from a jar.
            public class SpringLikeTest extends TemporaryFolder {
              static final List<String> SEEN = new ArrayList<>();

              @Test
              public void t() {
                SEEN.add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void reportedOncePerFieldAndTopLevelClassAtFirstLeakingSite() {
    helper
        .addSourceLines(
            "SharedState.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class SharedState {
              static final List<String> SEEN = new ArrayList<>();

              static {
                SEEN.add("initial");
              }

              @Test
              void first() {
                // BUG: Diagnostic contains: static list 'SEEN'
                SEEN.add("a");
                SEEN.add("b");
              }

              @Test
              void second() {
                SEEN.add("c");
              }

              static class Helper {
                void grow() {
                  SEEN.add("d");
                }
              }
            }
            """)
        .addSourceLines(
            "OtherGrowerTest.java",
            """
            import org.junit.jupiter.api.Test;

            class OtherGrowerTest {
              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'SharedState.SEEN'
                SharedState.SEEN.add("e");
                SharedState.SEEN.add("f");
              }
            }
            """)
        .addSourceLines(
            "TwoFieldsTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class TwoFieldsTest {
              static final List<String> A = new ArrayList<>();
              static final List<String> B = new ArrayList<>();

              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'B'
                B.add("x");
                // BUG: Diagnostic contains: static list 'A'
                A.add("x");
                A.add("y");
              }
            }
            """)
        .addSourceLines(
            "HolderTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class HolderTest {
              static class Holder {
                static final List<String> SEEN = new ArrayList<>();
              }

              @Test
              void t() {
                // BUG: Diagnostic contains: static list 'Holder.SEEN'
                Holder.SEEN.add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void reportedMessageIsTheCatalogueMessage() {
    helper
        .addSourceLines(
            "MessageTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class MessageTest {
              static final List<String> SEEN = new ArrayList<>();

              @Test
              void t() {
                // BUG: Diagnostic matches: MESSAGE
                SEEN.add("x");
              }
            }
            """)
        .expectErrorMessage(
            "MESSAGE",
            m ->
                m.contains(
                    "[StaticCollectionNeverCleared] "
                        + Catalogue.STATIC_COLLECTION_NEVER_CLEARED.formatMessage("list", "SEEN")))
        .doTest();
  }

  @Test
  void suppression() {
    helper
        .addSourceLines(
            "SuppressedTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            class SuppressedTest {
              @SuppressWarnings("StaticCollectionNeverCleared")
              static final List<String> ON_FIELD = new ArrayList<>();

              static final List<String> ON_METHOD = new ArrayList<>();

              @Test
              void t() {
                ON_FIELD.add("x");
              }

              @Test
              @SuppressWarnings("StaticCollectionNeverCleared")
              void suppressed() {
                ON_METHOD.add("x");
              }

              @Test
              void later() {
                ON_METHOD.add("y");
              }
            }
            """)
        .addSourceLines(
            "SuppressedClassTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            @SuppressWarnings("StaticCollectionNeverCleared")
            class SuppressedClassTest {
              static final List<String> SEEN = new ArrayList<>();

              @Test
              void t() {
                SEEN.add("x");
              }
            }
            """)
        .addSourceLines(
            "SuppressedNestedTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;

            class SuppressedNestedTest {
              static final List<String> SEEN = new ArrayList<>();

              @Nested
              @SuppressWarnings("StaticCollectionNeverCleared")
              class Inner {
                @Test
                void t() {
                  SEEN.add("x");
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void oddCodeDoesNotCrash() {
    helper
        .addSourceLines(
            "src/test/java/odd/Odd.java",
            """
            package odd;

            import static java.util.Collections.addAll;

            import java.lang.annotation.Retention;
            import java.lang.annotation.RetentionPolicy;
            import java.util.ArrayList;
            import java.util.EnumMap;
            import java.util.List;
            import java.util.Map;
            import java.util.function.Supplier;

            class Odd {
              static final List<String> SEEN = new ArrayList<>();

              record Point(int x, int y) {
                static final List<Point> CREATED = new ArrayList<>();

                Point {
                  // BUG: Diagnostic contains: static list 'CREATED'
                  CREATED.add(this);
                }
              }

              enum Color {
                RED {
                  @Override
                  void paint() {
                    // BUG: Diagnostic contains: static list 'PAINTED'
                    PAINTED.add(name());
                  }
                };

                static final List<String> PAINTED = new ArrayList<>();

                abstract void paint();
              }

              @Retention(RetentionPolicy.RUNTIME)
              @interface Marker {
                String[] NAMES = {"a"};
              }

              static <T> void generic(List<T> list, T item) {
                list.add(item);
              }

              static void lambdasAndAnonymousAndLocal() {
                Runnable r =
                    () -> {
                      // BUG: Diagnostic contains: static list 'SEEN'
                      SEEN.add("lambda");
                      SEEN.add("lambda again");
                    };
                Supplier<Object> s =
                    new Supplier<>() {
                      @Override
                      public Object get() {
                        return SEEN.add("anonymous");
                      }
                    };
                class Local {
                  static final Map<Color, String> BY_COLOR = new EnumMap<>(Color.class);

                  void grow() {
                    // BUG: Diagnostic contains: static map 'BY_COLOR'
                    BY_COLOR.put(Color.RED, "red");
                  }
                }
                addAll(SEEN, "static", "import");
                generic(SEEN, "generic");
                Odd.SEEN.add("qualified");
                odd.Odd.SEEN.add("fully qualified");
              }
            }
            """)
        .doTest();
  }

  @Test
  void unusualTypesDoNotCrash() {
    helper
        .addSourceLines(
            "UnusualTypesTest.java",
            """
            import java.io.Serializable;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.Map;
            import org.junit.jupiter.api.Test;

            class UnusualTypesTest {
              @SuppressWarnings("rawtypes")
              static final List RAW = new ArrayList();
              static final List<? extends Number> WILDCARD = new ArrayList<Integer>();
              static final Map.Entry<String, List<String>> ENTRY = Map.entry("k", new ArrayList<>());

              @Test
              @SuppressWarnings("unchecked")
              <T extends Comparable<T> & Serializable> void t(T value) {
                // BUG: Diagnostic contains: static list 'RAW'
                RAW.add(value);
                // BUG: Diagnostic contains: static list 'WILDCARD'
                WILDCARD.add(null);
                ENTRY.getValue().add("x");
                var alias = RAW;
                alias.add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void codeThatDoesNotCompileIsLeftToJavac() {
    // Error Prone does not analyse a compilation with javac errors; only javac's errors appear.
    helper
        .matchAllDiagnostics()
        .addSourceLines(
            "BrokenTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;

            // BUG: Diagnostic contains: cannot find symbol
            class BrokenTest extends DoesNotExist {
              static final List<String> SEEN = new ArrayList<>();
              // BUG: Diagnostic contains: cannot find symbol
              static final Missing MISSING = new Missing();

              @Test
              void t() {
                // BUG: Diagnostic contains: cannot find symbol
                SEEN.add(unknown());
                MISSING.add("x");
                // BUG: Diagnostic contains: cannot find symbol
                NOWHERE.add("x");
              }
            }
            """)
        .expectResult(Result.ERROR)
        .doTest();
  }
}
