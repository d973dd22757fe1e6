package dev.testleak.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import dev.testleak.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link OnceHookStateMutatedByTests}, in the order of the checker's decisions: which
 * methods are once-hooks, which fields live as long as the class, which values are state, whether
 * the tests change it, whether a per-test hook resets it; then where and how it is reported,
 * suppression, odd code, and the suggested fix.
 */
final class OnceHookStateMutatedByTestsTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(OnceHookStateMutatedByTests.class, getClass());
  private final BugCheckerRefactoringTestHelper refactoring =
      BugCheckerRefactoringTestHelper.newInstance(OnceHookStateMutatedByTests.class, getClass());

  @Test
  void bugPatternMatchesCatalogue() {
    CheckRegistrationTest.assertMatchesCatalogue(OnceHookStateMutatedByTests.class);
  }

  @Test
  void assignmentsOutsideOnceHooks() {
    helper
        .addSourceLines(
            "NotOnceHooksTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import java.util.function.Supplier;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class NotOnceHooksTest {
              static List<String> perTest;
              static List<String> inTest;
              static List<String> inLambda;
              static List<String> inHelper;
              static Supplier<Object> supplier;

              NotOnceHooksTest() {
                inHelper = new ArrayList<>();
              }

              @BeforeAll
              static void once() {
                supplier = () -> inLambda = new ArrayList<>();
                supplier =
                    new Supplier<>() {
                      @Override
                      public Object get() {
                        return inLambda = new ArrayList<>();
                      }
                    };
              }

              @BeforeEach
              void each() {
                perTest = new ArrayList<>();
              }

              static void named_setUpClass() {
                inHelper = new ArrayList<>();
              }

              @Test
              void t() {
                inTest = new ArrayList<>();
                perTest.add("x");
                inTest.add("x");
                inLambda.add("x");
                inHelper.add("x");
              }
            }
            """)
        .addSourceLines(
            "OnceCallback.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.extension.BeforeAllCallback;
            import org.junit.jupiter.api.extension.ExtensionContext;

            class OnceCallback implements BeforeAllCallback {
              static List<String> seen;

              @Override
              public void beforeAll(ExtensionContext context) {
                seen = new ArrayList<>();
              }

              void record(String s) {
                seen.add(s);
              }
            }
            """)
        .doTest();
  }

  @Test
  void onceHooksOfEachFramework() {
    helper
        .addSourceLines(
            "JupiterTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class JupiterTest {
              static List<String> events;

              @BeforeAll
              static void createStore() {
                // BUG: Diagnostic contains: list 'events' is created once in @BeforeAll
                events = new ArrayList<>();
              }

              @Test
              void addsBook() {
                events.add("book");
              }
            }
            """)
        .addSourceLines(
            "JUnit4Test.java",
            """
            import java.util.HashMap;
            import java.util.Map;
            import org.junit.BeforeClass;
            import org.junit.Test;

            public class JUnit4Test {
              static Map<String, String> cache;

              @BeforeClass
              public static void load() {
                // BUG: Diagnostic contains: map 'cache' is created once in @BeforeClass
                cache = new HashMap<>();
              }

              @Test
              public void t() {
                cache.put("k", "v");
              }
            }
            """)
        .addSourceLines(
            "TestNgTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.testng.annotations.BeforeClass;
            import org.testng.annotations.BeforeGroups;
            import org.testng.annotations.BeforeSuite;
            import org.testng.annotations.BeforeTest;
            import org.testng.annotations.Test;

            public class TestNgTest {
              static List<String> bySuite;
              static List<String> byTest;
              static List<String> byGroups;
              List<String> byClass;

              @BeforeSuite
              public void suite() {
                // BUG: Diagnostic contains: in @BeforeSuite
                bySuite = new ArrayList<>();
              }

              @BeforeTest
              public void test() {
                // BUG: Diagnostic contains: create it in @BeforeMethod instead
                byTest = new ArrayList<>();
              }

              @BeforeGroups("g")
              public void groups() {
                // BUG: Diagnostic contains: in @BeforeGroups
                byGroups = new ArrayList<>();
              }

              @BeforeClass
              public void clazz() {
                // BUG: Diagnostic contains: list 'byClass' is created once in @BeforeClass
                byClass = new ArrayList<>();
              }

              @Test
              public void t() {
                bySuite.add("x");
                byTest.add("x");
                byGroups.add("x");
                byClass.add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void instanceFieldsLiveAsLongAsTheClassOnlyWhenTheInstanceIsShared() {
    helper
        .addSourceLines(
            "PerMethodTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.TestInstance;

            @TestInstance(TestInstance.Lifecycle.PER_METHOD)
            class PerMethodTest {
              static List<String> shared;
              List<String> perTest = new ArrayList<>();

              @Test
              void t() {
                perTest.add("x");
              }
            }
            """)
        .addSourceLines(
            "PerClassTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.TestInstance;

            @TestInstance(TestInstance.Lifecycle.PER_CLASS)
            class PerClassTest {
              List<String> events;

              @BeforeAll
              void createEvents() {
                // BUG: Diagnostic contains: list 'events'
                events = new ArrayList<>();
              }

              @Test
              void t() {
                events.add("x");
              }
            }
            """)
        .addSourceLines(
            "InheritsPerClassTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class InheritsPerClassTest extends PerClassTest {
              List<String> more;

              @BeforeAll
              void createMore() {
                // BUG: Diagnostic contains: list 'more'
                more = new ArrayList<>();
              }

              @Test
              void u() {
                more.add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void valuesThatAreNotState() {
    helper
        .addSourceLines(
            "NotStateTest.java",
            """
            import com.google.common.collect.ImmutableList;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.concurrent.atomic.AtomicInteger;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class NotStateTest {
              static List<String> immutable;
              static List<String> guava;
              static List<String> existing;
              static Object plain;
              static String text;
              static int count;

              @BeforeAll
              static void once() {
                immutable = List.of("a");
                guava = ImmutableList.of("a");
                existing = immutable;
                plain = new Object();
                text = "a";
                count = 1;
              }

              @Test
              void t() {
                existing.add("x");
                count++;
              }
            }
            """)
        .doTest();
  }

  @Test
  void stateKindsAndTheCallsThatChangeThem() {
    helper
        .addSourceLines(
            "KindsTest.java",
            """
            import static org.mockito.ArgumentMatchers.any;
            import static org.mockito.BDDMockito.given;
            import static org.mockito.Mockito.doReturn;
            import static org.mockito.Mockito.mock;
            import static org.mockito.Mockito.spy;
            import static org.mockito.Mockito.verify;
            import static org.mockito.Mockito.when;

            import java.util.ArrayList;
            import java.util.Collections;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.ConcurrentHashMap;
            import java.util.concurrent.atomic.AtomicInteger;
            import java.util.concurrent.atomic.AtomicReference;
            import java.util.concurrent.atomic.LongAdder;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class KindsTest {
              static StringBuilder log;
              static Map<String, Integer> counts;
              static AtomicInteger counter;
              static AtomicReference<String> last;
              static LongAdder adder;
              static List<String> stubbed;
              static List<String> bddStubbed;
              static List<String> doStubbed;
              static List<String> verified;
              static List<String> spied;
              static List<String> fromFactory;

              @BeforeAll
              static void once() {
                // BUG: Diagnostic contains: StringBuilder 'log'
                log = new StringBuilder();
                // BUG: Diagnostic contains: map 'counts'
                counts = new ConcurrentHashMap<>();
                // BUG: Diagnostic contains: atomic counter 'counter'
                counter = new AtomicInteger();
                // BUG: Diagnostic contains: atomic reference 'last'
                last = new AtomicReference<>();
                // BUG: Diagnostic contains: atomic counter 'adder'
                adder = new LongAdder();
                // BUG: Diagnostic contains: mock 'stubbed'
                stubbed = mock(List.class);
                // BUG: Diagnostic contains: mock 'bddStubbed'
                bddStubbed = mock(List.class);
                // BUG: Diagnostic contains: mock 'doStubbed'
                doStubbed = mock(List.class);
                // BUG: Diagnostic contains: mock 'verified'
                verified = mock(List.class);
                // BUG: Diagnostic contains: spy 'spied'
                spied = spy(new ArrayList<>());
                // BUG: Diagnostic contains: list 'fromFactory'
                fromFactory = Collections.synchronizedList(new ArrayList<>());
              }

              @Test
              void t() {
                log.append("x");
                counts.merge("x", 1, Integer::sum);
                counter.incrementAndGet();
                last.set("x");
                adder.increment();
                when(stubbed.get(0)).thenReturn("x");
                given(bddStubbed.get(0)).willReturn("x");
                doReturn("x").when(doStubbed).get(any(Integer.class));
                verify(verified).add("x");
                verify(spied).clear();
                fromFactory.add("x");
              }
            }
            """)
        .addSourceLines(
            "ReadOnlyTest.java",
            """
            import static org.mockito.Mockito.mock;

            import java.util.ArrayList;
            import java.util.List;
            import java.util.concurrent.atomic.AtomicInteger;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class ReadOnlyTest {
              static List<String> names;
              static AtomicInteger counter;
              static List<String> unstubbed;

              @BeforeAll
              static void once() {
                names = new ArrayList<>();
                names.add("loaded once");
                counter = new AtomicInteger(3);
                unstubbed = mock(List.class);
              }

              @Test
              void t() {
                names.size();
                names.contains("x");
                counter.get();
                unstubbed.size();
              }
            }
            """)
        .doTest();
  }

  @Test
  void changedThroughHelpersSuperclassesAndNestedClasses() {
    helper
        .addSourceLines(
            "Base.java",
            """
            import java.util.List;

            abstract class Base {
              static void remember(List<String> list, String s) {}

              void rememberIn(List<String> list) {
                list.add("x");
              }
            }
            """)
        .addSourceLines(
            "HelpersTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;

            class HelpersTest extends Base {
              static List<String> viaHelper;
              static List<String> viaNested;
              static List<String> deep;

              @BeforeAll
              static void once() {
                // BUG: Diagnostic contains: 'viaHelper'
                viaHelper = new ArrayList<>();
                // BUG: Diagnostic contains: 'viaNested'
                viaNested = new ArrayList<>();
                deep = new ArrayList<>();
              }

              private void add(String s) {
                viaHelper.add(s);
              }

              private void one() {
                two();
              }

              private void two() {
                three();
              }

              private void three() {
                four();
              }

              private void four() {
                deep.add("too deep");
              }

              @Test
              void t() {
                add("x");
                one();
              }

              @Nested
              class Inner {
                @Test
                void t() {
                  viaNested.add("x");
                }
              }
            }
            """)
        .addSourceLines(
            "AbstractStoreBase.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;

            abstract class AbstractStoreBase {
              protected static List<String> stored;
              protected static List<String> resetBySubclass;

              @BeforeAll
              static void createStore() {
                // BUG: Diagnostic contains: list 'stored'
                stored = new ArrayList<>();
                resetBySubclass = new ArrayList<>();
              }
            }
            """)
        .addSourceLines(
            "StoreUserTest.java",
            """
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.Test;

            class StoreUserTest extends AbstractStoreBase {
              @AfterEach
              void reset() {
                resetBySubclass.clear();
              }

              @Test
              void t() {
                stored.add("x");
                resetBySubclass.add("x");
              }
            }
            """)
        .addSourceLines(
            "InheritedTestsBase.java",
            """
            import java.util.List;
            import org.junit.jupiter.api.Test;

            abstract class InheritedTestsBase {
              abstract List<String> events();

              @Test
              void inheritedTest() {
                events().add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void resetByPerTestHooks() {
    helper
        .addSourceLines(
            "ResetTest.java",
            """
            import static org.mockito.Mockito.mock;
            import static org.mockito.Mockito.reset;
            import static org.mockito.Mockito.verify;

            import java.util.ArrayList;
            import java.util.List;
            import java.util.concurrent.atomic.AtomicInteger;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class ResetTest {
              static List<String> cleared;
              static List<String> reassigned;
              static List<String> mocked;
              static AtomicInteger counter;
              static List<String> handedOn;
              static List<String> viaHelper;

              @BeforeAll
              static void once() {
                cleared = new ArrayList<>();
                reassigned = new ArrayList<>();
                mocked = mock(List.class);
                counter = new AtomicInteger();
                handedOn = new ArrayList<>();
                viaHelper = new ArrayList<>();
              }

              @BeforeEach
              void reset1() {
                cleared.clear();
                counter.set(0);
                forget();
              }

              @AfterEach
              void reset2() {
                reassigned = new ArrayList<>();
                reset(mocked);
                Sink.take(handedOn);
              }

              private void forget() {
                viaHelper.removeIf(s -> true);
              }

              @Test
              void t() {
                cleared.add("x");
                reassigned.add("x");
                verify(mocked).add("x");
                counter.incrementAndGet();
                handedOn.add("x");
                viaHelper.add("x");
              }
            }

            class Sink {
              static void take(Object o) {}
            }
            """)
        .addSourceLines(
            "ResettingBase.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.Before;

            public abstract class ResettingBase {
              protected static List<String> events;

              @Before
              public void resetEvents() {
                events.clear();
              }
            }
            """)
        .addSourceLines(
            "InheritedResetTest.java",
            """
            import java.util.ArrayList;
            import org.junit.BeforeClass;
            import org.junit.Test;

            public class InheritedResetTest extends ResettingBase {
              @BeforeClass
              public static void once() {
                events = new ArrayList<>();
              }

              @Test
              public void t() {
                events.add("x");
              }
            }
            """)
        .addSourceLines(
            "ResetByRule.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.rules.ExternalResource;

            class ResetByRule extends ExternalResource {
              static List<String> events;

              @Override
              protected void after() {
                events.clear();
              }
            }
            """)
        .addSourceLines(
            "ClassLevelResetIsNotEnoughTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class ClassLevelResetIsNotEnoughTest {
              static List<String> events;

              @BeforeAll
              static void once() {
                // BUG: Diagnostic contains: 'events'
                events = new ArrayList<>();
              }

              @AfterAll
              static void forget() {
                events.clear();
              }

              @Test
              void t() {
                events.add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void reportedOncePerFieldWithTheCatalogueMessage() {
    helper
        .addSourceLines(
            "MessageTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class MessageTest {
              static List<String> events;

              @BeforeAll
              static void once() {
                // BUG: Diagnostic matches: MESSAGE
                events =
                    new ArrayList<>();
                events = new ArrayList<>(events);
              }

              @BeforeAll
              static void again() {
                events = new ArrayList<>();
              }

              @Test
              void t() {
                events.add("x");
              }
            }
            """)
        .expectErrorMessage(
            "MESSAGE",
            m ->
                m.contains(
                    "[OnceHookStateMutatedByTests] "
                        + Catalogue.ONCE_HOOK_STATE_MUTATED_BY_TESTS.formatMessage(
                            "list", "events", "@BeforeAll", "@BeforeEach")))
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
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class SuppressedTest {
              @SuppressWarnings("OnceHookStateMutatedByTests")
              static List<String> onField;

              static List<String> onHook;

              @BeforeAll
              static void once() {
                onField = new ArrayList<>();
              }

              @BeforeAll
              @SuppressWarnings("OnceHookStateMutatedByTests")
              static void suppressedHook() {
                onHook = new ArrayList<>();
              }

              @Test
              void t() {
                onField.add("x");
                onHook.add("x");
              }
            }
            """)
        .addSourceLines(
            "SuppressedClassTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            @SuppressWarnings("OnceHookStateMutatedByTests")
            class SuppressedClassTest {
              static List<String> events;

              @BeforeAll
              static void once() {
                events = new ArrayList<>();
              }

              @Test
              void t() {
                events.add("x");
              }
            }
            """)
        .doTest();
  }

  @Test
  void oddCodeDoesNotCrash() {
    helper
        .addSourceLines(
            "OddTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import java.util.function.Supplier;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class OddTest<T> {
              static List<Object> items;
              static Object[] array;
              static int[] counts;

              record Point(int x) {
                static List<Point> points;
              }

              enum Color {
                RED;
                static List<Color> seen;
              }

              @BeforeAll
              static void once() {
                // BUG: Diagnostic contains: list 'items'
                items = new ArrayList<>();
                array = new Object[1];
                counts = new int[] {1};
                Point.points = new ArrayList<>();
                Color.seen = new ArrayList<>();
                Supplier<List<Object>> s = ArrayList::new;
                items.add(s);
              }

              @Test
              <U extends T> void t(U u) {
                items.add(u);
                array[0] = u;
                counts[0]++;
                Point.points.add(new Point(1));
                new Object() {
                  void grow() {
                    Color.seen.add(Color.RED);
                  }
                };
              }
            }
            """)
        .doTest();
  }

  @Test
  void fixMovesTheAssignmentIntoANewPerTestHook() {
    refactoring
        .addInputLines(
            "InventoryTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class InventoryTest {
              static List<String> events;
              static String name;

              @BeforeAll
              static void createStore() {
                name = "store";
                events = new ArrayList<>();
              }

              @Test
              void addsBook() {
                events.add("book");
              }
            }
            """)
        .addOutputLines(
            "InventoryTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class InventoryTest {
              static List<String> events;
              static String name;

              @BeforeAll
              static void createStore() {
                name = "store";
              }

              @BeforeEach
              void createEvents() {
                events = new ArrayList<>();
              }

              @Test
              void addsBook() {
                events.add("book");
              }
            }
            """)
        .doTest();
  }

  @Test
  void fixMovesTheAssignmentIntoTheExistingPerTestHookOfTheSameFramework() {
    refactoring
        .addInputLines(
            "JUnit4Test.java",
            """
            import java.util.HashMap;
            import java.util.Map;
            import org.junit.Before;
            import org.junit.BeforeClass;
            import org.junit.Test;

            public class JUnit4Test {
              static Map<String, String> cache;
              String name;

              @BeforeClass
              public static void load() {
                cache = new HashMap<>();
              }

              @Before
              public void setUp() {
                name = "x";
              }

              @Test
              public void t() {
                cache.put(name, "v");
              }
            }
            """)
        .addOutputLines(
            "JUnit4Test.java",
            """
            import java.util.HashMap;
            import java.util.Map;
            import org.junit.Before;
            import org.junit.BeforeClass;
            import org.junit.Test;

            public class JUnit4Test {
              static Map<String, String> cache;
              String name;

              @BeforeClass
              public static void load() {
              }

              @Before
              public void setUp() {
                name = "x";
                cache = new HashMap<>();
              }

              @Test
              public void t() {
                cache.put(name, "v");
              }
            }
            """)
        .addInputLines(
            "TestNgTest.java",
            """
            import java.util.concurrent.atomic.AtomicInteger;
            import org.testng.annotations.BeforeClass;
            import org.testng.annotations.Test;

            public class TestNgTest {
              AtomicInteger counter;

              @BeforeClass
              public void once() {
                counter = new AtomicInteger();
              }

              void createCounter() {}

              @Test
              public void t() {
                counter.incrementAndGet();
              }
            }
            """)
        .addOutputLines(
            "TestNgTest.java",
            """
            import java.util.concurrent.atomic.AtomicInteger;
            import org.testng.annotations.BeforeClass;
            import org.testng.annotations.BeforeMethod;
            import org.testng.annotations.Test;

            public class TestNgTest {
              AtomicInteger counter;

              @BeforeClass
              public void once() {
              }

              @BeforeMethod
              void createCounter2() {
                counter = new AtomicInteger();
              }

              void createCounter() {}

              @Test
              public void t() {
                counter.incrementAndGet();
              }
            }
            """)
        .doTest();
  }

  @Test
  void noFixWhenTheValueReadsTheHooksLocals() {
    refactoring
        .addInputLines(
            "LocalsTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class LocalsTest {
              static List<String> events;

              @BeforeAll
              static void once() {
                int size = 10;
                events = new ArrayList<>(size);
              }

              @Test
              void t() {
                events.add("x");
              }
            }
            """)
        .expectUnchanged()
        .doTest();
  }
}
