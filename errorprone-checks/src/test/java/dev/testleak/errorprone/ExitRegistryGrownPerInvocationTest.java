package dev.testleak.errorprone;

import com.google.errorprone.CompilationTestHelper;
import dev.testleak.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link ExitRegistryGrownPerInvocation}, in the order of the checker's decisions: which
 * calls register with the JVM until exit, which code runs once per invocation, and which shutdown
 * hooks are removed again; then the report, suppression and odd code.
 */
final class ExitRegistryGrownPerInvocationTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ExitRegistryGrownPerInvocation.class, getClass());

  @Test
  void bugPatternMatchesCatalogue() {
    CheckRegistrationTest.assertMatchesCatalogue(ExitRegistryGrownPerInvocation.class);
  }

  @Test
  void callsThatDoNotRegisterOrRunOnce() {
    helper
        .addSourceLines(
            "NotPerInvocationTest.java",
            """
            import java.io.File;
            import java.io.IOException;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class NotPerInvocationTest {
              // The rule's contexts are methods: not the code that creates the test instance.
              private final Runnable cleanup = () -> new File("a").deleteOnExit();

              {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {}));
              }

              NotPerInvocationTest() throws IOException {
                File.createTempFile("a", "b").deleteOnExit();
              }

              @BeforeAll
              static void once() throws IOException {
                File.createTempFile("a", "b").deleteOnExit();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {}));
              }

              @Test
              void single() throws IOException {
                File.createTempFile("a", "b").deleteOnExit();
              }

              @ParameterizedTest
              @ValueSource(ints = {1, 2})
              void otherCalls(int i) throws IOException {
                File file = File.createTempFile("a", "b");
                file.delete();
                Runtime.getRuntime().availableProcessors();
              }
            }
            """)
        .doTest();
  }

  @Test
  void shutdownHooksRemovedInFinallyOrPerInvocationTeardown() {
    helper
        .addSourceLines(
            "RemovedTest.java",
            """
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class RemovedTest {
              private Thread hook;

              @BeforeEach
              void register() {
                hook = new Thread(() -> {});
                Runtime.getRuntime().addShutdownHook(hook);
              }

              @AfterEach
              void remove() {
                Runtime.getRuntime().removeShutdownHook(hook);
              }

              @ParameterizedTest
              @ValueSource(ints = {1, 2})
              void t(int i) {
                Thread local = new Thread(() -> {});
                Runtime.getRuntime().addShutdownHook(local);
                try {
                  System.out.println(i);
                } finally {
                  Runtime.getRuntime().removeShutdownHook(local);
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void reportedInEveryPerInvocationContext() {
    helper
        .addSourceLines(
            "LeakyTest.java",
            """
            import java.io.File;
            import java.io.IOException;
            import java.util.List;
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.RepeatedTest;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class LeakyTest {
              static Thread classHook;

              @ParameterizedTest
              @ValueSource(ints = {1, 2})
              void parameterized(int i) throws IOException {
                File out = File.createTempFile("out", ".bin");
                // BUG: Diagnostic contains: File.deleteOnExit() in every invocation of a parameterized test
                out.deleteOnExit();
                try {
                  out.delete();
                } finally {
                  // BUG: Diagnostic contains: File.deleteOnExit()
                  out.deleteOnExit();
                }
              }

              @RepeatedTest(2)
              void repeated() {
                Thread hook = new Thread(() -> {});
                // BUG: Diagnostic contains: Runtime.addShutdownHook(..) in every repetition
                Runtime.getRuntime().addShutdownHook(hook);
                Runtime.getRuntime().removeShutdownHook(hook);
                classHook = new Thread(() -> {});
                // BUG: Diagnostic contains: Runtime.addShutdownHook(..)
                Runtime.getRuntime().addShutdownHook(classHook);
              }

              @AfterAll
              static void removeAtClassEnd() {
                Runtime.getRuntime().removeShutdownHook(classHook);
              }

              @Test
              void tableDriven() {
                for (String name : List.of("a", "b")) {
                  // BUG: Diagnostic contains: in every iteration of a loop in a test
                  new File(name).deleteOnExit();
                }
                // BUG: Diagnostic contains: in every iteration of a loop in a test
                List.of("a").forEach(name -> new File(name).deleteOnExit());
              }
            }
            """)
        .addSourceLines(
            "JUnit4ParameterizedTest.java",
            """
            import java.io.File;
            import java.util.List;
            import org.junit.Before;
            import org.junit.Test;
            import org.junit.runner.RunWith;
            import org.junit.runners.Parameterized;
            import org.junit.runners.Parameterized.Parameters;

            @RunWith(Parameterized.class)
            public class JUnit4ParameterizedTest {
              @Parameters
              public static List<Object[]> data() {
                return List.<Object[]>of(new Object[] {"a"});
              }

              public JUnit4ParameterizedTest(String name) {}

              @Before
              public void each() {
                // BUG: Diagnostic contains: in @Before, which runs before every invocation
                new File("x").deleteOnExit();
              }

              @Test
              public void t() {}
            }
            """)
        .doTest();
  }

  @Test
  void reportedWithTheCatalogueMessage() {
    helper
        .addSourceLines(
            "MessageTest.java",
            """
            import java.io.File;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class MessageTest {
              @ParameterizedTest
              @ValueSource(ints = {1, 2})
              void t(int i) {
                // BUG: Diagnostic matches: MESSAGE
                new File("a")
                    .deleteOnExit();
              }
            }
            """)
        .expectErrorMessage(
            "MESSAGE",
            m ->
                m.contains(
                    "[ExitRegistryGrownPerInvocation] "
                        + Catalogue.EXIT_REGISTRY_GROWN_PER_INVOCATION.formatMessage(
                            "File.deleteOnExit()", "in every invocation of a parameterized test")))
        .doTest();
  }

  @Test
  void suppression() {
    helper
        .addSourceLines(
            "SuppressedTest.java",
            """
            import java.io.File;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class SuppressedTest {
              @ParameterizedTest
              @ValueSource(ints = {1, 2})
              @SuppressWarnings("ExitRegistryGrownPerInvocation")
              void t(int i) {
                new File("a").deleteOnExit();
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
            import java.io.File;
            import java.util.function.Consumer;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class OddTest {
              static class MyFile extends File {
                MyFile() {
                  super("x");
                }
              }

              @ParameterizedTest
              @ValueSource(ints = {1, 2})
              void t(int i) {
                Consumer<File> register = File::deleteOnExit;
                // BUG: Diagnostic contains: File.deleteOnExit()
                new MyFile().deleteOnExit();
                new Object() {
                  void inAnonymousClass() {
                    new File("a").deleteOnExit();
                  }
                };
              }
            }
            """)
        .doTest();
  }
}
