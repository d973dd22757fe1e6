package dev.testleak.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import dev.testleak.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link ResourceLeakedPerInvocation}, in the order of the checker's decisions: what opens
 * a resource, which code runs once per invocation, and what becomes of the handle; then the report,
 * suppression, odd code and the fix.
 */
final class ResourceLeakedPerInvocationTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ResourceLeakedPerInvocation.class, getClass());
  private final BugCheckerRefactoringTestHelper refactoring =
      BugCheckerRefactoringTestHelper.newInstance(ResourceLeakedPerInvocation.class, getClass());

  @Test
  void bugPatternMatchesCatalogue() {
    CheckRegistrationTest.assertMatchesCatalogue(ResourceLeakedPerInvocation.class);
  }

  @Test
  void valuesThatAreNotResources() {
    helper
        .addSourceLines(
            "NotResourcesTest.java",
            """
            import java.io.BufferedReader;
            import java.io.ByteArrayInputStream;
            import java.io.ByteArrayOutputStream;
            import java.io.InputStream;
            import java.io.PrintStream;
            import java.io.StringReader;
            import java.io.StringWriter;
            import java.util.Scanner;
            import java.util.stream.Stream;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class NotResourcesTest {
              @ParameterizedTest
              @ValueSource(strings = {"a", "b"})
              void t(String s) {
                InputStream bytes = new ByteArrayInputStream(s.getBytes());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PrintStream printer = new PrintStream(out);
                BufferedReader reader = new BufferedReader(new StringReader(s));
                StringWriter writer = new StringWriter();
                Scanner scanner = new Scanner(s);
                Stream<String> stream = Stream.of(s);
                PrintStream console = new PrintStream(System.out);
                Object plain = new Object();
              }
            }
            """)
        .doTest();
  }

  @Test
  void resourcesStoredIntoAnArrayAreHandedOn() {
    helper
        .addSourceLines(
            "ArrayStoreTest.java",
            """
            import java.io.FileInputStream;
            import java.io.IOException;
            import java.net.ServerSocket;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class ArrayStoreTest {
              @ParameterizedTest
              @ValueSource(ints = {2, 3})
              void socketsOpenedIntoAnArray(int count) throws IOException {
                ServerSocket[] sockets = new ServerSocket[count];
                for (int i = 0; i < count; i++) {
                  sockets[i] = new ServerSocket(0);
                }
                for (ServerSocket socket : sockets) {
                  socket.close();
                }
              }

              @ParameterizedTest
              @ValueSource(strings = {"a", "b"})
              void streamInAnArrayInitializer(String name) throws IOException {
                FileInputStream[] streams = {new FileInputStream(name)};
                streams[0].close();
              }

              @ParameterizedTest
              @ValueSource(strings = {"a", "b"})
              void streamInALocalIsStillJudgedByTheLocal(String name) throws IOException {
                // BUG: Diagnostic contains: ResourceLeakedPerInvocation
                FileInputStream in = new FileInputStream(name);
                FileInputStream[] copies = {null};
                in.read();
              }
            }
            """)
        .doTest();
  }

  @Test
  void streamsOpenOnlyWhatTheyAreOpenedOn() {
    helper
        .addSourceLines(
            "CountingInputStream.java",
            """
            import java.io.InputStream;

            public final class CountingInputStream extends InputStream {
              private int remaining;

              public CountingInputStream(int size) {
                remaining = size;
              }

              @Override
              public int read() {
                return remaining-- > 0 ? 'x' : -1;
              }
            }
            """)
        .addSourceLines(
            "InMemoryStreamsTest.java",
            """
            import java.io.BufferedInputStream;
            import java.io.FileInputStream;
            import java.io.FileReader;
            import java.io.IOException;
            import java.io.InputStream;
            import java.io.InputStreamReader;
            import java.io.PipedInputStream;
            import java.io.Reader;
            import java.nio.charset.StandardCharsets;
            import java.util.stream.IntStream;
            import java.util.stream.Stream;
            import org.junit.jupiter.api.DynamicTest;
            import org.junit.jupiter.api.TestFactory;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class InMemoryStreamsTest {
              @TestFactory
              Stream<DynamicTest> readsEverySize() {
                return IntStream.of(1, 8)
                    .mapToObj(
                        size ->
                            DynamicTest.dynamicTest(
                                "size " + size,
                                () -> {
                                  InputStream counting = new CountingInputStream(size);
                                  InputStream buffered =
                                      new BufferedInputStream(new CountingInputStream(size));
                                  PipedInputStream piped = new PipedInputStream();
                                  counting.read();
                                }));
              }

              @ParameterizedTest
              @ValueSource(strings = {"a", "b"})
              void openedOnAFile(String name) throws IOException {
                // BUG: Diagnostic contains: FileInputStream opened
                InputStream file = new FileInputStream(name);
                // BUG: Diagnostic contains: InputStreamReader opened
                Reader reader = new InputStreamReader(new FileInputStream(name), StandardCharsets.UTF_8);
                // BUG: Diagnostic contains: BufferedInputStream opened
                InputStream outer = new BufferedInputStream(new BufferedInputStream(new FileInputStream(name)));
              }
            }
            """)
        .doTest();
  }

  @Test
  void decoratorsHoldWhatTheyWrap() {
    helper
        .addSourceLines(
            "ArchiveWriter.java",
            """
            import java.io.FilterOutputStream;
            import java.io.OutputStream;

            public final class ArchiveWriter extends FilterOutputStream {
              public ArchiveWriter(OutputStream out) {
                super(out);
              }
            }
            """)
        .addSourceLines(
            "Session.java",
            """
            import java.sql.Connection;

            public final class Session implements AutoCloseable {
              public Session(Connection connection, String name) {}

              @Override
              public void close() {}
            }
            """)
        .addSourceLines(
            "DecoratorOverManagedStreamTest.java",
            """
            import java.io.BufferedOutputStream;
            import java.io.FileOutputStream;
            import java.io.IOException;
            import java.io.OutputStream;
            import java.io.PrintWriter;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.sql.Connection;
            import java.util.zip.GZIPOutputStream;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class DecoratorOverManagedStreamTest {
              OutputStream shared;

              @ParameterizedTest
              @ValueSource(strings = {"a.tar", "b.tar"})
              void overOwnedValues(String name, Connection connection) throws IOException {
                try (OutputStream out = Files.newOutputStream(Path.of(name))) {
                  ArchiveWriter archive = new ArchiveWriter(new BufferedOutputStream(out));
                  archive.write(1);
                  PrintWriter writer = new PrintWriter(new GZIPOutputStream(out), true);
                }
                ArchiveWriter overField = new ArchiveWriter(shared);
                ArchiveWriter overResult = new ArchiveWriter(open(name));
                Session session = new Session(connection, name);
              }

              @ParameterizedTest
              @ValueSource(strings = {"a.tar", "b.tar"})
              void overAResourceOpenedInTheSameExpression(String name) throws IOException {
                // BUG: Diagnostic contains: ArchiveWriter opened in every invocation of a parameterized test is never closed
                ArchiveWriter archive = new ArchiveWriter(new BufferedOutputStream(new FileOutputStream(name)));
                // BUG: Diagnostic contains: ArchiveWriter opened
                ArchiveWriter overFactory = new ArchiveWriter(Files.newOutputStream(Path.of(name)));
              }

              static OutputStream open(String name) throws IOException {
                return Files.newOutputStream(Path.of(name));
              }
            }
            """)
        .doTest();
  }

  @Test
  void projectCloseablesThatHoldNothingOutsideTheHeap() {
    helper
        .addSourceLines(
            "Ticker.java",
            """
            /** A project clock: not AutoCloseable, so a field of it is not followed. */
            public final class Ticker {
              private final java.io.InputStream unrelated = null;

              public long now() {
                return System.nanoTime();
              }
            }
            """)
        .addSourceLines(
            "Serializer.java",
            """
            /** A project interface that is not AutoCloseable: what implements it is not asked. */
            public interface Serializer<T> {
              byte[] serialize(T value);
            }
            """)
        .addSourceLines(
            "HoldsNothingTest.java",
            """
            import java.io.ByteArrayOutputStream;
            import java.io.Closeable;
            import java.io.DataOutputStream;
            import java.io.InputStream;
            import java.io.StringWriter;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class HoldsNothingTest {
              static final class Stopwatch implements Closeable {
                private final Ticker ticker = new Ticker();
                private final long start = ticker.now();
                private boolean running = true;
                private long[] laps = new long[8];

                @Override
                public void close() {
                  running = false;
                }
              }

              static final class RecordBuffer extends DataOutputStream {
                RecordBuffer() {
                  super(new ByteArrayOutputStream());
                }
              }

              static final class Codec<T> implements AutoCloseable {
                static InputStream shared;
                private final RecordBuffer buffer = new RecordBuffer();
                private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                private final StringWriter text = new StringWriter();
                private Serializer<T> serializer;
                private T last;

                @Override
                public void close() throws Exception {
                  buffer.close();
                }
              }

              static final class Node implements Closeable {
                Node next;

                @Override
                public void close() {}
              }

              @ParameterizedTest
              @ValueSource(ints = {1, 2})
              void t(int n) throws Exception {
                Stopwatch watch = new Stopwatch();
                Codec<String> codec = new Codec<>();
                Node node = new Node();
                AutoCloseable nothing = new AutoCloseable() {
                  private int closed;

                  @Override
                  public void close() {
                    closed++;
                  }
                };
              }
            }
            """)
        .doTest();
  }

  @Test
  void projectCloseablesThatHoldSomething() {
    helper
        .addSourceLines(
            "CsvSource.java",
            """
            import java.io.BufferedReader;
            import java.io.Closeable;
            import java.io.IOException;

            public final class CsvSource implements Closeable {
              private final BufferedReader reader;

              public CsvSource(BufferedReader reader) {
                this.reader = reader;
              }

              public CsvSource() {
                this(null);
              }

              @Override
              public void close() throws IOException {
                reader.close();
              }
            }
            """)
        .addSourceLines(
            "HoldsSomethingTest.java",
            """
            import java.io.Closeable;
            import java.io.IOException;
            import java.net.ServerSocket;
            import java.net.Socket;
            import java.nio.channels.FileChannel;
            import java.util.concurrent.ExecutorService;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class HoldsSomethingTest {
              static final class Poller implements AutoCloseable {
                private final Thread thread = new Thread(() -> {});

                @Override
                public void close() {
                  thread.interrupt();
                }
              }

              static final class Workers implements AutoCloseable {
                private ExecutorService pool;

                @Override
                public void close() {
                  pool.shutdownNow();
                }
              }

              /** Holds what it is given: an AutoCloseable interface whose implementation is unseen. */
              static final class Guard implements AutoCloseable {
                private AutoCloseable delegate;

                @Override
                public void close() throws Exception {
                  delegate.close();
                }
              }

              static final class Connection implements Closeable {
                private Socket socket;

                @Override
                public void close() throws IOException {
                  socket.close();
                }
              }

              /** Holds a socket through another project Closeable. */
              static final class Client implements Closeable {
                private final Connection connection = new Connection();

                @Override
                public void close() throws IOException {
                  connection.close();
                }
              }

              static class ChannelBase implements Closeable {
                protected FileChannel channel;

                @Override
                public void close() throws IOException {
                  channel.close();
                }
              }

              /** Holds its superclass's channel. */
              static final class Journal extends ChannelBase {
                private int entries;
              }

              static final class TestServer extends ServerSocket {
                TestServer() throws IOException {
                  super(0);
                }
              }

              @ParameterizedTest
              @ValueSource(ints = {1, 2})
              void t(int n) throws IOException {
                // BUG: Diagnostic contains: CsvSource opened
                CsvSource source = new CsvSource();
                // BUG: Diagnostic contains: Poller opened
                Poller poller = new Poller();
                // BUG: Diagnostic contains: Workers opened
                Workers workers = new Workers();
                // BUG: Diagnostic contains: Guard opened
                Guard guard = new Guard();
                // BUG: Diagnostic contains: Client opened
                Client client = new Client();
                // BUG: Diagnostic contains: Journal opened
                Journal journal = new Journal();
                // BUG: Diagnostic contains: TestServer opened
                TestServer server = new TestServer();
              }
            }
            """)
        .doTest();
  }

  @Test
  void codeThatDoesNotRunOncePerInvocation() {
    helper
        .addSourceLines(
            "SingleInvocationTest.java",
            """
            import java.io.FileInputStream;
            import java.io.IOException;
            import java.util.function.Supplier;
            import org.junit.jupiter.api.BeforeAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class SingleInvocationTest {
              @BeforeAll
              static void once() throws IOException {
                new FileInputStream("a");
              }

              @BeforeEach
              void each() throws IOException {
                new FileInputStream("a");
              }

              @Test
              void t() throws IOException {
                FileInputStream in = new FileInputStream("a");
                new Object() {
                  void loop() throws IOException {
                    for (int i = 0; i < 3; i++) {
                      new FileInputStream("a");
                    }
                  }
                };
              }

              void helper() throws IOException {
                for (int i = 0; i < 3; i++) {
                  new FileInputStream("a");
                }
              }
            }
            """)
        .doTest();
  }

  @Test
  void releasedOrHandedOn() {
    helper
        .addSourceLines(
            "ReleasedTest.java",
            """
            import static org.mockito.Mockito.mockStatic;

            import java.io.BufferedReader;
            import java.io.FileInputStream;
            import java.io.FileReader;
            import java.io.IOException;
            import java.io.InputStream;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.time.Clock;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import java.util.function.Supplier;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.api.AutoClose;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;
            import org.mockito.MockedStatic;

            class ReleasedTest {
              InputStream closedAfterEach;
              @AutoClose InputStream autoClosed;
              InputStream handedOnAfterEach;

              @ParameterizedTest
              @ValueSource(strings = {"a", "b"})
              void t(String name) throws IOException {
                try (InputStream in = Files.newInputStream(Path.of(name))) {
                  in.read();
                }
                InputStream closed = new FileInputStream(name);
                try {
                  closed.read();
                } finally {
                  closed.close();
                }
                InputStream straight = new FileInputStream(name);
                straight.close();
                ExecutorService pool = Executors.newSingleThreadExecutor();
                pool.shutdownNow();
                MockedStatic<Clock> clock = mockStatic(Clock.class);
                clock.closeOnDemand();
                InputStream passed = new FileInputStream(name);
                consume(passed);
                consume(new FileInputStream(name));
                BufferedReader reader = new BufferedReader(new FileReader(name));
                reader.close();
                InputStream existing = new FileInputStream(name);
                try (existing) {
                  existing.read();
                }
                Supplier<InputStream> lazy = () -> open(name);
                closedAfterEach = new FileInputStream(name);
                autoClosed = new FileInputStream(name);
                handedOnAfterEach = new FileInputStream(name);
                new FileInputStream(name).close();
              }

              InputStream open(String name) {
                try {
                  return new FileInputStream(name);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              }

              static void consume(InputStream in) {}

              @AfterEach
              void close() throws IOException {
                closedAfterEach.close();
                consume(handedOnAfterEach);
              }
            }
            """)
        .doTest();
  }

  @Test
  void perInvocationContextsAndFates() {
    helper
        .addSourceLines(
            "ParameterizedTestTest.java",
            """
            import static org.mockito.Mockito.mockStatic;

            import java.io.FileInputStream;
            import java.io.IOException;
            import java.io.InputStream;
            import java.io.PrintWriter;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.time.Clock;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.stream.Stream;
            import org.junit.jupiter.api.AfterAll;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.DynamicTest;
            import org.junit.jupiter.api.RepeatedTest;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.TestFactory;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;
            import org.mockito.MockitoAnnotations;

            class ParameterizedTestTest {
              static InputStream closedAtClassEnd;
              InputStream neverClosedField;

              @BeforeEach
              void each() throws IOException {
                // BUG: Diagnostic contains: in @BeforeEach, which runs before every invocation is discarded
                MockitoAnnotations.openMocks(this);
              }

              @ParameterizedTest
              @ValueSource(strings = {"a", "b"})
              void parameterized(String name) throws IOException {
                // BUG: Diagnostic contains: InputStream opened in every invocation of a parameterized test is never closed
                InputStream in = Files.newInputStream(Path.of(name));
                // BUG: Diagnostic contains: MockedStatic opened in every invocation of a parameterized test is discarded
                mockStatic(Clock.class);
                // BUG: Diagnostic contains: PrintWriter opened
                PrintWriter out = new PrintWriter(name);
                // BUG: Diagnostic contains: Stream opened
                long count = Files.lines(Path.of(name)).count();
                // BUG: Diagnostic contains: is closed only when the class ends
                closedAtClassEnd = new FileInputStream(name);
                // BUG: Diagnostic contains: FileInputStream opened in every invocation of a parameterized test is never closed
                neverClosedField = new FileInputStream(name);
              }

              @RepeatedTest(3)
              void repeated() throws IOException {
                // BUG: Diagnostic contains: in every repetition of a repeated test
                new FileInputStream("a").read();
              }

              @TestFactory
              Stream<DynamicTest> dynamic() {
                return Stream.of("a", "b")
                    .map(
                        name ->
                            DynamicTest.dynamicTest(
                                name,
                                () -> {
                                  // BUG: Diagnostic contains: in every dynamic test of a test factory
                                  InputStream in = new FileInputStream(name);
                                }));
              }

              @Test
              void loops() throws IOException {
                List<InputStream> all = new ArrayList<>();
                InputStream last = null;
                for (String name : List.of("a", "b")) {
                  // BUG: Diagnostic contains: in every iteration of a loop in a test is closed only after the loop
                  last = new FileInputStream(name);
                  // BUG: Diagnostic contains: closed only after the loop
                  InputStream collected = new FileInputStream(name);
                  all.add(collected);
                  // BUG: Diagnostic contains: closed only after the loop
                  all.add(new FileInputStream(name));
                  InputStream perIteration = new FileInputStream(name);
                  perIteration.close();
                }
                last.close();
                for (InputStream in : all) {
                  in.close();
                }
                int i = 0;
                while (i++ < 3) {
                  // BUG: Diagnostic contains: in every iteration of a loop in a test is never closed
                  InputStream in = new FileInputStream("a");
                }
                List.of("a").forEach(
                    name -> {
                      try {
                        // BUG: Diagnostic contains: in every iteration of a loop
                        new FileInputStream(name);
                      } catch (IOException e) {
                        throw new IllegalStateException(e);
                      }
                    });
              }

              @AfterAll
              static void closeAll() throws IOException {
                closedAtClassEnd.close();
              }
            }
            """)
        .addSourceLines(
            "JUnit4ParameterizedTest.java",
            """
            import java.io.FileWriter;
            import java.io.IOException;
            import java.util.List;
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

              private final String name;

              public JUnit4ParameterizedTest(String name) {
                this.name = name;
              }

              @Test
              public void t() throws IOException {
                // BUG: Diagnostic contains: in every invocation of a test run with Parameterized
                FileWriter writer = new FileWriter(name);
              }
            }
            """)
        .addSourceLines(
            "TestNgTest.java",
            """
            import java.io.FileInputStream;
            import java.io.IOException;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.testng.annotations.DataProvider;
            import org.testng.annotations.Test;

            public class TestNgTest {
              @DataProvider
              public Object[][] names() {
                return new Object[][] {{"a"}};
              }

              @Test(dataProvider = "names")
              public void data(String name) throws IOException {
                // BUG: Diagnostic contains: in every invocation of a data-provider test
                FileInputStream in = new FileInputStream(name);
              }

              @Test(invocationCount = 3)
              public void counted() {
                // BUG: Diagnostic contains: in every one of the 3 invocations of a test
                ExecutorService executor = Executors.newSingleThreadExecutor();
              }

              @Test(invocationCount = 1)
              public void once() throws IOException {
                FileInputStream in = new FileInputStream("a");
              }
            }
            """)
        .doTest();
  }

  @Test
  void instanceCreationThatRunsOnceOrIsReleased() {
    helper
        .addSourceLines(
            "ServerRule.java",
            """
            import java.io.IOException;
            import java.io.UncheckedIOException;
            import java.net.ServerSocket;
            import org.junit.rules.ExternalResource;

            /** A JUnit 4 rule that binds a server socket around every test. */
            public final class ServerRule extends ExternalResource implements AutoCloseable {
              private ServerSocket socket;

              @Override
              protected void before() throws IOException {
                socket = new ServerSocket(0);
              }

              @Override
              protected void after() {
                close();
              }

              @Override
              public void close() {
                try {
                  socket.close();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            }
            """)
        .addSourceLines(
            "PortExtension.java",
            """
            import java.io.IOException;
            import java.net.ServerSocket;
            import org.junit.jupiter.api.extension.AfterEachCallback;
            import org.junit.jupiter.api.extension.ExtensionContext;

            /** A JUnit 5 extension that holds a server socket and closes it after every test. */
            public final class PortExtension implements AfterEachCallback, AutoCloseable {
              private final ServerSocket socket;

              public PortExtension() throws IOException {
                socket = new ServerSocket(0);
              }

              @Override
              public void afterEach(ExtensionContext context) throws IOException {
                close();
              }

              @Override
              public void close() throws IOException {
                socket.close();
              }
            }
            """)
        .addSourceLines(
            "PoolBase.java",
            """
            import java.util.concurrent.ExecutorService;
            import org.junit.jupiter.api.AfterEach;

            abstract class PoolBase {
              protected ExecutorService inherited;

              @AfterEach
              void stopInherited() {
                stop(inherited);
              }

              static void stop(ExecutorService pool) {
                pool.shutdownNow();
              }
            }
            """)
        .addSourceLines(
            "ShutDownPerInvocationTest.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.AfterEach;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class ShutDownPerInvocationTest extends PoolBase {
              private final ExecutorService fieldPool = Executors.newSingleThreadExecutor();
              private ExecutorService blockPool;
              private final ExecutorService constructorPool;

              {
                blockPool = Executors.newSingleThreadExecutor();
                inherited = Executors.newSingleThreadExecutor();
              }

              ShutDownPerInvocationTest() {
                constructorPool = Executors.newCachedThreadPool();
              }

              @AfterEach
              void stopPools() {
                fieldPool.shutdownNow();
                blockPool.shutdown();
                stopConstructorPool();
              }

              private void stopConstructorPool() {
                constructorPool.shutdownNow();
              }

              @ParameterizedTest
              @ValueSource(ints = {1, 2})
              void t(int n) {}
            }
            """)
        .addSourceLines(
            "ParameterizedClosedTest.java",
            """
            import java.io.IOException;
            import java.net.ServerSocket;
            import java.util.List;
            import org.junit.After;
            import org.junit.Test;
            import org.junit.runner.RunWith;
            import org.junit.runners.Parameterized;
            import org.junit.runners.Parameterized.Parameters;

            @RunWith(Parameterized.class)
            public class ParameterizedClosedTest {
              @Parameters
              public static List<Object[]> data() {
                return List.<Object[]>of(new Object[] {1});
              }

              private final ServerSocket server;

              public ParameterizedClosedTest(int backlog) throws IOException {
                server = new ServerSocket(0, backlog);
              }

              @After
              public void close() throws IOException {
                server.close();
              }

              @Test
              public void t() {}
            }
            """)
        .addSourceLines(
            "PerClassInstanceTest.java",
            """
            import java.io.FileInputStream;
            import java.io.IOException;
            import java.io.InputStream;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.TestInstance;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            @TestInstance(TestInstance.Lifecycle.PER_CLASS)
            class PerClassInstanceTest {
              private final ExecutorService pool = Executors.newSingleThreadExecutor();
              private InputStream in;

              {
                new FileInputStream("a");
              }

              PerClassInstanceTest() throws IOException {
                in = new FileInputStream("a");
              }

              @ParameterizedTest
              @ValueSource(ints = {1, 2})
              void t(int n) {}
            }
            """)
        .addSourceLines(
            "TestNgInstanceTest.java",
            """
            import java.io.FileInputStream;
            import java.io.IOException;
            import java.io.InputStream;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.testng.annotations.DataProvider;
            import org.testng.annotations.Test;

            public class TestNgInstanceTest {
              private final ExecutorService pool = Executors.newSingleThreadExecutor();
              private InputStream in;

              public TestNgInstanceTest() throws IOException {
                in = new FileInputStream("a");
              }

              @DataProvider
              public Object[][] rows() {
                return new Object[][] {{1}};
              }

              @Test(dataProvider = "rows")
              public void t(int n) {}

              @Test(invocationCount = 3)
              public void counted() {}
            }
            """)
        .addSourceLines(
            "FrameworkDrivenFieldsTest.java",
            """
            import java.io.IOException;
            import org.junit.Rule;
            import org.junit.Test;
            import org.junit.experimental.theories.Theories;
            import org.junit.experimental.theories.Theory;
            import org.junit.runner.RunWith;

            @RunWith(Theories.class)
            public class FrameworkDrivenFieldsTest {
              @Rule public final ServerRule server = new ServerRule();

              @Theory
              public void t() {}
            }
            """)
        .addSourceLines(
            "RegisteredExtensionTest.java",
            """
            import java.io.IOException;
            import org.junit.jupiter.api.RepeatedTest;
            import org.junit.jupiter.api.extension.RegisterExtension;

            class RegisteredExtensionTest {
              @RegisterExtension final PortExtension port;

              RegisteredExtensionTest() throws IOException {
                port = new PortExtension();
              }

              @RepeatedTest(3)
              void t() {}
            }
            """)
        .addSourceLines(
            "SingleInvocationInstanceTest.java",
            """
            import java.io.FileInputStream;
            import java.io.IOException;
            import java.io.InputStream;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.api.BeforeEach;
            import org.junit.jupiter.api.Test;

            class SingleInvocationInstanceTest {
              private final ExecutorService pool = Executors.newSingleThreadExecutor();
              private InputStream in;

              {
                new FileInputStream("a");
              }

              SingleInvocationInstanceTest() throws IOException {
                in = new FileInputStream("a");
              }

              @Test
              void t() {}
            }
            """)
        .addSourceLines(
            "StaticMembersTest.java",
            """
            import java.io.FileInputStream;
            import java.io.IOException;
            import java.io.UncheckedIOException;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class StaticMembersTest {
              private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

              static {
                try {
                  new FileInputStream("a");
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }

              /** A helper's field initializer runs when the helper is created, not per test. */
              static final class Helper {
                private final ExecutorService pool = Executors.newSingleThreadExecutor();
              }

              @ParameterizedTest
              @ValueSource(ints = {1, 2})
              void t(int n) {}
            }
            """)
        .doTest();
  }

  @Test
  void instanceCreationOfAClassInstantiatedPerInvocation() {
    helper
        .addSourceLines(
            "ServerRule.java",
            """
            import java.io.IOException;
            import java.net.ServerSocket;
            import org.junit.rules.ExternalResource;

            public final class ServerRule extends ExternalResource implements AutoCloseable {
              private ServerSocket socket;

              @Override
              public void close() throws IOException {
                socket.close();
              }
            }
            """)
        .addSourceLines(
            "FieldInitializerTest.java",
            """
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class FieldInitializerTest {
              // BUG: Diagnostic contains: ExecutorService opened in a field initializer of a class instantiated for every invocation is never closed
              private final ExecutorService pool = Executors.newSingleThreadExecutor();

              @ParameterizedTest
              @ValueSource(ints = {1, 2})
              void t(int n) {}
            }
            """)
        .addSourceLines(
            "ConstructorTest.java",
            """
            import java.io.IOException;
            import java.net.ServerSocket;
            import java.util.List;
            import org.junit.AfterClass;
            import org.junit.Test;
            import org.junit.runner.RunWith;
            import org.junit.runners.Parameterized;
            import org.junit.runners.Parameterized.Parameters;

            @RunWith(Parameterized.class)
            public class ConstructorTest {
              @Parameters
              public static List<Object[]> data() {
                return List.<Object[]>of(new Object[] {1});
              }

              private static ServerSocket shared;
              private final ServerSocket server;
              // BUG: Diagnostic contains: ServerRule opened in a field initializer
              private final ServerRule notARule = new ServerRule();

              public ConstructorTest(int backlog) throws IOException {
                // BUG: Diagnostic contains: ServerSocket opened in the constructor of a class instantiated for every invocation is never closed
                this.server = new ServerSocket(0, backlog);
                // BUG: Diagnostic contains: in the constructor of a class instantiated for every invocation is closed only when the class ends
                shared = new ServerSocket(0);
              }

              @AfterClass
              public static void closeShared() throws IOException {
                shared.close();
              }

              @Test
              public void t() {}
            }
            """)
        .addSourceLines(
            "InitializerBlockTest.java",
            """
            import java.io.FileInputStream;
            import java.io.IOException;
            import java.io.InputStream;
            import java.io.UncheckedIOException;
            import org.junit.jupiter.api.RepeatedTest;

            class InitializerBlockTest {
              private InputStream in;

              {
                try {
                  // BUG: Diagnostic contains: FileInputStream opened in an instance initializer of a class instantiated for every invocation is never closed
                  in = new FileInputStream("a");
                  // BUG: Diagnostic contains: in an instance initializer of a class instantiated for every invocation is discarded
                  new FileInputStream("b");
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }

              @RepeatedTest(3)
              void t() {}
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
            import java.io.IOException;
            import java.io.InputStream;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class MessageTest {
              @ParameterizedTest
              @ValueSource(strings = {"a.csv", "b.csv"})
              void parses(String name) throws IOException {
                // BUG: Diagnostic matches: MESSAGE
                InputStream in = Files
                    .newInputStream(Path.of(name));
              }
            }
            """)
        .expectErrorMessage(
            "MESSAGE",
            m ->
                m.contains(
                    "[ResourceLeakedPerInvocation] "
                        + Catalogue.RESOURCE_LEAKED_PER_INVOCATION.formatMessage(
                            "InputStream",
                            "in every invocation of a parameterized test",
                            "never closed")))
        .doTest();
  }

  @Test
  void suppression() {
    helper
        .addSourceLines(
            "SuppressedTest.java",
            """
            import java.io.FileInputStream;
            import java.io.IOException;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class SuppressedTest {
              @ParameterizedTest
              @ValueSource(strings = {"a"})
              @SuppressWarnings("ResourceLeakedPerInvocation")
              void onMethod(String name) throws IOException {
                new FileInputStream(name);
              }

              @ParameterizedTest
              @ValueSource(strings = {"a"})
              void onVariable(String name) throws IOException {
                @SuppressWarnings("ResourceLeakedPerInvocation")
                FileInputStream in = new FileInputStream(name);
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
            import java.io.FileInputStream;
            import java.io.IOException;
            import java.io.InputStream;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class OddTest<T extends AutoCloseable> {
              record Handle(InputStream in) implements AutoCloseable {
                @Override
                public void close() {}
              }

              @ParameterizedTest
              @ValueSource(booleans = {true, false})
              void t(boolean flag) throws IOException {
                // BUG: Diagnostic contains: FileInputStream opened
                InputStream chosen = flag ? new FileInputStream("a") : null;
                // BUG: Diagnostic contains: Handle opened
                Handle handle = new Handle(new FileInputStream("b"));
                // BUG: Diagnostic contains: AutoCloseable opened
                AutoCloseable anonymous = new AutoCloseable() {
                  private final InputStream in = null;

                  @Override
                  public void close() {}
                };
                InputStream[] array = {new FileInputStream("c")};
                var inferred = (InputStream) new FileInputStream("d");
                inferred.close();
              }
            }
            """)
        .doTest();
  }

  @Test
  void fixOpensTheLocalInTryWithResources() {
    refactoring
        .addInputLines(
            "ParsesTest.java",
            """
            import java.io.IOException;
            import java.io.InputStream;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class ParsesTest {
              @ParameterizedTest
              @ValueSource(strings = {"a.csv", "b.csv"})
              void parses(String name) throws IOException {
                String trimmed = name.trim();
                InputStream in = Files.newInputStream(Path.of(trimmed));
                int first = in.read();
                if (first < 0) {
                  System.out.println(trimmed);
                }
              }

              @ParameterizedTest
              @ValueSource(strings = {"a.csv"})
              void opensLast(String name) throws IOException {
                InputStream in = Files.newInputStream(Path.of(name));
              }
            }
            """)
        .addOutputLines(
            "ParsesTest.java",
            """
            import java.io.IOException;
            import java.io.InputStream;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class ParsesTest {
              @ParameterizedTest
              @ValueSource(strings = {"a.csv", "b.csv"})
              void parses(String name) throws IOException {
                String trimmed = name.trim();
                try (InputStream in = Files.newInputStream(Path.of(trimmed))) {
                  int first = in.read();
                  if (first < 0) {
                    System.out.println(trimmed);
                  }
                }
              }

              @ParameterizedTest
              @ValueSource(strings = {"a.csv"})
              void opensLast(String name) throws IOException {
                try (InputStream in = Files.newInputStream(Path.of(name))) {}
              }
            }
            """)
        .doTest();
  }

  @Test
  void noFixWhenTheLocalIsReassignedOrNotADeclaration() {
    refactoring
        .addInputLines(
            "ReassignedTest.java",
            """
            import java.io.FileInputStream;
            import java.io.IOException;
            import java.io.InputStream;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;

            class ReassignedTest {
              @ParameterizedTest
              @ValueSource(strings = {"a"})
              void t(String name) throws IOException {
                InputStream in = new FileInputStream(name);
                in = null;
                new FileInputStream(name);
              }
            }
            """)
        .expectUnchanged()
        .doTest();
  }
}
