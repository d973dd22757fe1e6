package dev.testleak.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import dev.testleak.catalogue.Catalogue;
import java.io.File;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link ThreadOrServerNeverStopped}, in the order of the checker's decisions: what is
 * created, where (set-up of which scope), what holds it, whether it is started, and whether a
 * teardown of the same scope stops it; then the report, suppression, odd code and the fixes.
 */
final class ThreadOrServerNeverStoppedTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ThreadOrServerNeverStopped.class, getClass());
  private final BugCheckerRefactoringTestHelper refactoring =
      BugCheckerRefactoringTestHelper.newInstance(ThreadOrServerNeverStopped.class, getClass());

  @Test
  void bugPatternMatchesCatalogue() {
    CheckRegistrationTest.assertMatchesCatalogue(ThreadOrServerNeverStopped.class);
  }

  @Test
  void valuesThatAreNotBackgroundWork() {
    helper
        .addSourceLines(
            "NotBackgroundWorkTest.java",
            """
            import java.util.ArrayList;
            import java.util.List;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class NotBackgroundWorkTest {
              static List<String> list;
              static ExecutorService wrapped;
              static Runnable task;

              @BeforeAll
              static void once() {
                list = new ArrayList<>();
                wrapped = Executors.unconfigurableExecutorService(null);
                task = Thread::yield;
              }

              @Test
              void t() {}
            }
            """)
        .doTest();
  }

  @Test
  void creationsOutsideSetUp() {
    helper
        .addSourceLines(
            "NotSetUpTest.java",
            """
            import java.util.Timer;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import java.util.function.Supplier;
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class NotSetUpTest {
              static ExecutorService inTest;
              static Supplier<ExecutorService> lazy;
              static Timer inTeardown;
              ExecutorService instanceField = Executors.newSingleThreadExecutor();

              @BeforeAll
              static void once() {
                lazy = () -> Executors.newCachedThreadPool();
                new Object() {
                  final Timer timer = new Timer();
                };
              }

              @AfterAll
              static void after() {
                inTeardown = new Timer();
              }

              static void notAHook() {
                inTest = Executors.newFixedThreadPool(2);
              }

              @Test
              void t() {
                inTest = Executors.newFixedThreadPool(2);
              }
            }
            """)
        .addSourceLines(
            "src/test/java/Pools.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;

            final class Pools {
              static final ExecutorService SHARED = Executors.newCachedThreadPool();
            }
            """)
        .addSourceLines(
            "src/main/java/Production.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;

            final class Production {
              static final ExecutorService POOL = Executors.newCachedThreadPool();

              void init() {
                new Thread(() -> {}).start();
              }
            }
            """)
        .doTest();
  }

  @Test
  void handedOnOrNeverStarted() {
    helper
        .addSourceLines(
            "HandedOnTest.java",
            """
            import com.sun.net.httpserver.HttpServer;
            import java.io.IOException;
            import java.net.InetSocketAddress;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.extension.BeforeAllCallback;
            import org.junit.jupiter.api.extension.ExtensionContext;

            class HandedOnTest implements BeforeAllCallback {
              static Thread notStarted;
              static HttpServer notStartedServer;
              static Holder holder;

              @BeforeAll
              static void once() throws IOException {
                notStarted = new Thread(() -> {});
                notStartedServer = HttpServer.create(new InetSocketAddress(0), 0);
                holder = new Holder(Executors.newFixedThreadPool(1));
                ExecutorService local = Executors.newSingleThreadExecutor();
                local.shutdown();
                ExecutorService passed = Executors.newSingleThreadExecutor();
                holder = new Holder(passed);
              }

              @Override
              public void beforeAll(ExtensionContext context) {
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .put("pool", Executors.newCachedThreadPool());
              }

              @Test
              void t() {}

              record Holder(ExecutorService pool) {}
            }
            """)
        .doTest();
  }

  @Test
  void stoppedByATeardownOfTheSameScope() {
    helper
        .addSourceLines(
            "StoppedTest.java",
            """
            import com.sun.net.httpserver.HttpServer;
            import java.io.IOException;
            import java.net.InetSocketAddress;
            import java.net.ServerSocket;
            import java.util.Timer;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.AutoClose;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class StoppedTest {
              static ExecutorService pool;
              static HttpServer server;
              static Thread worker;
              static Timer byPerTestTeardown;
              static ExecutorService viaHelper;
              static ExecutorService handedOn;
              @AutoClose static ExecutorService autoClosed;
              ServerSocket socket;

              @BeforeAll
              static void once() throws IOException {
                pool = Executors.newFixedThreadPool(4);
                server = HttpServer.create(new InetSocketAddress(0), 0);
                server.start();
                worker = new Thread(() -> {});
                worker.start();
                byPerTestTeardown = new Timer();
                viaHelper = Executors.newCachedThreadPool();
                handedOn = Executors.newCachedThreadPool();
                autoClosed = Executors.newCachedThreadPool();
              }

              @BeforeEach
              void each() throws IOException {
                socket = new ServerSocket(0);
              }

              @AfterEach
              void afterEach() throws IOException {
                socket.close();
                byPerTestTeardown.cancel();
              }

              @AfterAll
              static void stop() throws InterruptedException {
                pool.shutdownNow();
                server.stop(0);
                worker.join();
                stopHelper();
                Pools.shutDown(handedOn);
              }

              private static void stopHelper() {
                viaHelper.shutdown();
              }

              @Test
              void t() {}
            }

            class Pools {
              static void shutDown(ExecutorService pool) {
                pool.shutdownNow();
              }
            }
            """)
        .addSourceLines(
            "JUnit4StoppedTest.java",
            """
            import java.util.Timer;
            import org.junit.AfterClass;
            import org.junit.BeforeClass;
            import org.junit.Test;

            public class JUnit4StoppedTest {
              static Timer timer;

              @BeforeClass
              public static void once() {
                timer = new Timer(true);
              }

              @AfterClass
              public static void stop() {
                timer.cancel();
              }

              @Test
              public void t() {}
            }
            """)
        .addSourceLines(
            "TestNgStoppedTest.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.testng.annotations.AfterSuite;
            import org.testng.annotations.BeforeSuite;
            import org.testng.annotations.Test;

            public class TestNgStoppedTest {
              static ExecutorService pool;

              @BeforeSuite
              public void start() {
                pool = Executors.newFixedThreadPool(2);
              }

              @AfterSuite
              public void stop() {
                pool.shutdown();
              }

              @Test
              public void t() {}
            }
            """)
        .addSourceLines(
            "BaseWithTeardown.java",
            """
            import java.util.concurrent.ExecutorService;
            import org.junit.jupiter.api.AfterAll;

            abstract class BaseWithTeardown {
              static ExecutorService pool;

              @AfterAll
              static void stopPool() {
                pool.shutdownNow();
              }
            }
            """)
        .addSourceLines(
            "InheritsTeardownTest.java",
            """
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.api.Test;

            class InheritsTeardownTest extends BaseWithTeardown {
              @BeforeAll
              static void once() {
                pool = Executors.newWorkStealingPool();
              }

              @org.junit.jupiter.api.AfterEach
              void stopEach() {
                pool.shutdownNow();
              }

              @Test
              void t() {}

              @Nested
              class Inner {
                @org.junit.jupiter.api.BeforeEach
                void each() {
                  pool = Executors.newWorkStealingPool();
                }

                @Test
                void t() {}
              }
            }
            """)
        .addSourceLines(
            "ServerExtension.java",
            """
            import com.sun.net.httpserver.HttpServer;
            import java.io.IOException;
            import java.net.InetSocketAddress;
            import org.junit.jupiter.api.extension.AfterAllCallback;
            import org.junit.jupiter.api.extension.BeforeAllCallback;
            import org.junit.jupiter.api.extension.ExtensionContext;

            class ServerExtension implements BeforeAllCallback, AfterAllCallback {
              private HttpServer server;

              @Override
              public void beforeAll(ExtensionContext context) throws IOException {
                server = HttpServer.create(new InetSocketAddress(0), 0);
                server.start();
              }

              @Override
              public void afterAll(ExtensionContext context) {
                server.stop(0);
              }
            }
            """)
        .addSourceLines(
            "StaticallyStartedTest.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.Test;

            class StaticallyStartedTest {
              static final ExecutorService POOL = Executors.newFixedThreadPool(2);

              @AfterAll
              static void stop() {
                POOL.shutdownNow();
              }

              @Test
              void t() {}
            }
            """)
        .doTest();
  }

  @Test
  void reportedWhenNoTeardownOfTheSameScopeStopsIt() {
    helper
        .addSourceLines(
            "LeakyTest.java",
            """
            import com.sun.net.httpserver.HttpServer;
            import java.io.IOException;
            import java.net.InetSocketAddress;
            import java.net.ServerSocket;
            import java.nio.channels.ServerSocketChannel;
            import java.util.Timer;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import java.util.concurrent.ThreadPoolExecutor;
            import java.util.concurrent.LinkedBlockingQueue;
            import java.util.concurrent.TimeUnit;
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class LeakyTest {
              // BUG: Diagnostic contains: timer 'TIMER' is started in a static initializer
              static final Timer TIMER = new Timer();
              static ExecutorService pool;
              static HttpServer server;
              static Thread daemon;
              static ServerSocketChannel channel;
              static ExecutorService custom;
              static ExecutorService wrongStop;
              ServerSocket socket;

              static {
                // BUG: Diagnostic contains: executor 'inStaticBlock'
                ExecutorService inStaticBlock = Executors.newSingleThreadExecutor();
              }

              @BeforeAll
              static void startServer() throws IOException {
                // BUG: Diagnostic contains: executor 'pool' is started in @BeforeAll
                pool = Executors.newFixedThreadPool(4);
                // BUG: Diagnostic contains: HTTP server 'server'
                server = HttpServer.create(new InetSocketAddress(0), 0);
                server.start();
                // BUG: Diagnostic contains: thread 'daemon'
                daemon = new Thread(() -> {});
                daemon.setDaemon(true);
                daemon.start();
                // BUG: Diagnostic contains: thread 'new Thread(..)'
                new Thread(() -> {}).start();
                // BUG: Diagnostic contains: thread 'virtual'
                Thread virtual = Thread.startVirtualThread(() -> {});
                // BUG: Diagnostic contains: thread 'Builder.start(..)'
                Thread.ofPlatform().start(() -> {}).getName();
                // BUG: Diagnostic contains: server socket channel 'channel'
                channel = ServerSocketChannel.open();
                // BUG: Diagnostic contains: executor 'custom'
                custom = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
                // BUG: Diagnostic contains: executor 'wrongStop'
                wrongStop = Executors.newCachedThreadPool();
              }

              @BeforeEach
              void each() throws IOException {
                // BUG: Diagnostic contains: server socket 'socket' is started in @BeforeEach
                socket = new ServerSocket(0);
              }

              @AfterEach
              void afterEach() {
                wrongStop.isShutdown();
              }

              @AfterAll
              static void closeSocketTooLate() {}

              @Test
              void t() {}
            }
            """)
        .addSourceLines(
            "PerTestStoppedTooLateTest.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.AfterClass;
            import org.junit.Before;
            import org.junit.Test;

            public class PerTestStoppedTooLateTest {
              static ExecutorService pool;

              @Before
              public void each() {
                // BUG: Diagnostic contains: stop it in @After (shutdownNow())
                pool = Executors.newFixedThreadPool(2);
              }

              @AfterClass
              public static void stop() {
                pool.shutdownNow();
              }

              @Test
              public void t() {}
            }
            """)
        .addSourceLines(
            "LeakyExtension.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.extension.BeforeAllCallback;
            import org.junit.jupiter.api.extension.ExtensionContext;
            import org.junit.rules.ExternalResource;

            class LeakyExtension implements BeforeAllCallback {
              private ExecutorService pool;

              @Override
              public void beforeAll(ExtensionContext context) {
                // BUG: Diagnostic contains: stop it in AfterAllCallback.afterAll (shutdownNow())
                pool = Executors.newCachedThreadPool();
              }
            }

            class LeakyRule extends ExternalResource {
              private ExecutorService pool;

              @Override
              protected void before() {
                // BUG: Diagnostic contains: started in ExternalResource.before
                pool = Executors.newCachedThreadPool();
              }
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
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class MessageTest {
              static ExecutorService pool;

              @BeforeAll
              static void once() {
                // BUG: Diagnostic matches: MESSAGE
                pool = Executors
                    .newFixedThreadPool(4);
              }

              @Test
              void t() {}
            }
            """)
        .expectErrorMessage(
            "MESSAGE",
            m ->
                m.contains(
                    "[ThreadOrServerNeverStopped] "
                        + Catalogue.THREAD_OR_SERVER_NEVER_STOPPED.formatMessage(
                            "executor", "pool", "@BeforeAll", "@AfterAll (shutdownNow())")))
        .doTest();
  }

  @Test
  void suppression() {
    helper
        .addSourceLines(
            "SuppressedTest.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class SuppressedTest {
              @SuppressWarnings("ThreadOrServerNeverStopped")
              static final ExecutorService ON_FIELD = Executors.newCachedThreadPool();

              static ExecutorService pool;

              @BeforeAll
              @SuppressWarnings("ThreadOrServerNeverStopped")
              static void once() {
                pool = Executors.newCachedThreadPool();
              }

              @Test
              void t() {}
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
            import java.util.concurrent.Callable;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class OddTest<T extends Runnable> {
              static ExecutorService pool;
              static Object any;

              enum Mode {
                ON;
                static final ExecutorService POOL = Executors.newCachedThreadPool();
              }

              record Pair(ExecutorService a) {}

              @BeforeAll
              static void once() {
                any = (Object) new Pair(Executors.newCachedThreadPool());
                // BUG: Diagnostic contains: executor 'pool'
                pool = (ExecutorService) (Executors.newCachedThreadPool());
                Callable<ExecutorService> c = Executors::newCachedThreadPool;
                ExecutorService[] pools = {Executors.newCachedThreadPool()};
                // BUG: Diagnostic contains: thread 'anonymous'
                Thread anonymous = new Thread() {
                  @Override
                  public void run() {}
                };
                anonymous.start();
              }

              @Test
              void t() {}
            }
            """)
        .doTest();
  }

  @Test
  void fixAnnotatesAutoCloseableFieldsOfJUnit5ClassesWithAutoClose() {
    refactoring
        .addInputLines(
            "PricingClientTest.java",
            """
            import java.io.IOException;
            import java.net.ServerSocket;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class PricingClientTest {
              static ExecutorService pool;
              ServerSocket socket;

              @BeforeAll
              static void startPool() {
                pool = Executors.newFixedThreadPool(4);
              }

              @BeforeEach
              void openSocket() throws IOException {
                socket = new ServerSocket(0);
              }

              @Test
              void t() {}
            }
            """)
        .addOutputLines(
            "PricingClientTest.java",
            """
            import java.io.IOException;
            import java.net.ServerSocket;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.AutoClose;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class PricingClientTest {
              @AutoClose static ExecutorService pool;
              @AutoClose ServerSocket socket;

              @BeforeAll
              static void startPool() {
                pool = Executors.newFixedThreadPool(4);
              }

              @BeforeEach
              void openSocket() throws IOException {
                socket = new ServerSocket(0);
              }

              @Test
              void t() {}
            }
            """)
        .doTest();
  }

  @Test
  void fixAddsTheMatchingTeardown() {
    refactoring
        .addInputLines(
            "WorkerTest.java",
            """
            import java.util.Timer;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class WorkerTest {
              static Thread worker;
              Timer timer;

              @BeforeAll
              static void startWorker() {
                worker = new Thread(() -> {});
                worker.start();
              }

              @BeforeEach
              void startTimer() {
                timer = new Timer();
              }

              @AfterEach
              void cleanUp() {
                System.gc();
              }

              @Test
              void t() {}
            }
            """)
        .addOutputLines(
            "WorkerTest.java",
            """
            import java.util.Timer;
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class WorkerTest {
              static Thread worker;
              Timer timer;

              @BeforeAll
              static void startWorker() {
                worker = new Thread(() -> {});
                worker.start();
              }

              @AfterAll
              static void stopWorker() {
                worker.interrupt();
              }

              @BeforeEach
              void startTimer() {
                timer = new Timer();
              }

              @AfterEach
              void cleanUp() {
                System.gc();
                timer.cancel();
              }

              @Test
              void t() {}
            }
            """)
        .addInputLines(
            "JUnit4ServerTest.java",
            """
            import com.sun.net.httpserver.HttpServer;
            import java.io.IOException;
            import java.net.InetSocketAddress;
            import org.junit.BeforeClass;
            import org.junit.Test;

            public class JUnit4ServerTest {
              static HttpServer server;

              @BeforeClass
              public static void startServer() throws IOException {
                server = HttpServer.create(new InetSocketAddress(0), 0);
                server.start();
              }

              @Test
              public void t() {}
            }
            """)
        .addOutputLines(
            "JUnit4ServerTest.java",
            """
            import com.sun.net.httpserver.HttpServer;
            import java.io.IOException;
            import java.net.InetSocketAddress;
            import org.junit.AfterClass;
            import org.junit.BeforeClass;
            import org.junit.Test;

            public class JUnit4ServerTest {
              static HttpServer server;

              @BeforeClass
              public static void startServer() throws IOException {
                server = HttpServer.create(new InetSocketAddress(0), 0);
                server.start();
              }

              @AfterClass
              public static void stopServer() {
                server.stop(0);
              }

              @Test
              public void t() {}
            }
            """)
        .addInputLines(
            "TestNgPoolTest.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.testng.annotations.BeforeClass;
            import org.testng.annotations.Test;

            public class TestNgPoolTest {
              ExecutorService pool;

              @BeforeClass
              public void startPool() {
                pool = Executors.newFixedThreadPool(2);
              }

              @Test
              public void t() {}
            }
            """)
        .addOutputLines(
            "TestNgPoolTest.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.testng.annotations.AfterClass;
            import org.testng.annotations.BeforeClass;
            import org.testng.annotations.Test;

            public class TestNgPoolTest {
              ExecutorService pool;

              @BeforeClass
              public void startPool() {
                pool = Executors.newFixedThreadPool(2);
              }

              @AfterClass
              void stopPool() {
                pool.shutdownNow();
              }

              @Test
              public void t() {}
            }
            """)
        .doTest();
  }

  @Test
  void fixAddsATeardownWhenJUnitHasNoAutoClose() {
    // JUnit 5 before 5.11: the jupiter API on the classpath is replaced by stubs without
    // @AutoClose.
    String classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("junit-jupiter-api"))
            .collect(Collectors.joining(File.pathSeparator));
    refactoring
        .setArgs("-classpath", classpath)
        .addInputLines(
            "org/junit/jupiter/api/BeforeAll.java",
            "package org.junit.jupiter.api;",
            "public @interface BeforeAll {}")
        .expectUnchanged()
        .addInputLines(
            "org/junit/jupiter/api/AfterAll.java",
            "package org.junit.jupiter.api;",
            "public @interface AfterAll {}")
        .expectUnchanged()
        .addInputLines(
            "OldJupiterTest.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.BeforeAll;

            class OldJupiterTest {
              static ExecutorService pool;

              @BeforeAll
              static void startPool() {
                pool = Executors.newFixedThreadPool(4);
              }
            }
            """)
        .addOutputLines(
            "OldJupiterTest.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.BeforeAll;

            class OldJupiterTest {
              static ExecutorService pool;

              @BeforeAll
              static void startPool() {
                pool = Executors.newFixedThreadPool(4);
              }

              @AfterAll
              static void stopPool() {
                pool.shutdownNow();
              }
            }
            """)
        .doTest();
  }

  @Test
  void noFixForALocal() {
    refactoring
        .addInputLines(
            "LocalTest.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.Test;

            class LocalTest {
              @BeforeAll
              static void once() {
                ExecutorService local = Executors.newCachedThreadPool();
                local.submit(() -> {});
              }

              @Test
              void t() {}
            }
            """)
        .expectUnchanged()
        .doTest();
  }
}
