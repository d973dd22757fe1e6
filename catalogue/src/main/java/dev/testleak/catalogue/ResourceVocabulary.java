package dev.testleak.catalogue;

import java.util.Map;
import java.util.Set;

/**
 * Resources that leak when a per-invocation test does not release them, and the contexts that run
 * once per invocation. Shared by the engines' ResourceLeakedPerInvocation and
 * ExitRegistryGrownPerInvocation implementations.
 */
public final class ResourceVocabulary {
  private ResourceVocabulary() {}

  /** Method annotations that make each call of the method one of many invocations. */
  public static final Set<String> MULTI_INVOCATION_TEST_ANNOTATIONS =
      Set.of(
          "org.junit.jupiter.params.ParameterizedTest",
          "org.junit.jupiter.api.RepeatedTest",
          "org.junit.jupiter.api.TestTemplate",
          "org.junit.jupiter.api.TestFactory",
          "org.junit.experimental.theories.Theory");

  /**
   * JUnit 4 runners (the value of {@code @RunWith}) under which every test method runs once per
   * parameter set.
   */
  public static final Set<String> MULTI_INVOCATION_RUNNERS =
      Set.of(
          "org.junit.runners.Parameterized",
          "org.junit.experimental.theories.Theories",
          "junitparams.JUnitParamsRunner");

  /**
   * TestNG: a {@code @Test} whose {@code dataProvider} attribute is set, or whose {@code
   * invocationCount} is a constant greater than one, runs once per row or count.
   */
  public static final String TESTNG_TEST = "org.testng.annotations.Test";

  /** Types whose instances are resources: constructing one opens it. */
  public static final Set<String> RESOURCE_SUPERTYPES = Set.of("java.lang.AutoCloseable");

  /**
   * Closeable types that hold nothing outside the heap: creating one is never a leak. ({@code
   * Scanner} and {@code Formatter} are here although a few of their constructors open files: the
   * common test use reads or writes a string, and testleak prefers silence to a false alarm.)
   */
  public static final Set<String> HOLDS_NOTHING =
      Set.of(
          "java.io.ByteArrayInputStream",
          "java.io.ByteArrayOutputStream",
          "java.io.StringReader",
          "java.io.StringWriter",
          "java.io.CharArrayReader",
          "java.io.CharArrayWriter",
          "java.util.stream.BaseStream",
          "java.util.Formatter",
          "java.util.Scanner");

  /**
   * Decorators: constructed around another stream, reader or writer they hold exactly what it
   * holds, so {@code new BufferedReader(new StringReader(s))} holds nothing and {@code new
   * BufferedReader(new FileReader(f))} is one resource (the outer one; the inner one is handed on to
   * it). Constructed from a file name, {@code File} or {@code Path} ({@code new PrintWriter("out.txt")})
   * they open a file themselves.
   */
  public static final Set<String> WRAPPERS =
      Set.of(
          "java.io.PrintWriter",
          "java.io.PrintStream",
          "java.io.BufferedReader",
          "java.io.BufferedWriter",
          "java.io.BufferedInputStream",
          "java.io.BufferedOutputStream",
          "java.io.InputStreamReader",
          "java.io.OutputStreamWriter",
          "java.io.DataInputStream",
          "java.io.DataOutputStream",
          "java.io.ObjectInputStream",
          "java.io.ObjectOutputStream",
          "java.io.PushbackInputStream",
          "java.io.PushbackReader",
          "java.io.LineNumberReader",
          "java.util.zip.GZIPInputStream",
          "java.util.zip.GZIPOutputStream",
          "java.util.zip.ZipInputStream",
          "java.util.zip.ZipOutputStream",
          "java.util.zip.InflaterInputStream",
          "java.util.zip.DeflaterOutputStream");

  /**
   * Byte and character streams: an instance holds an operating-system resource only through what it
   * is opened on. A constructor of a subtype of these is a resource only when one of its arguments
   * is a {@link #OPENS_ON} value, or is itself a resource opened in the same expression; {@code new
   * QueueInputStream()} or {@code new CountingInputStream(in)} opens nothing.
   */
  public static final Set<String> STREAM_SUPERTYPES =
      Set.of("java.io.InputStream", "java.io.OutputStream", "java.io.Reader", "java.io.Writer");

  /** Argument types that make a stream constructor open something (a file, a descriptor, a socket). */
  public static final Set<String> OPENS_ON =
      Set.of("java.lang.String", "java.io.File", "java.nio.file.Path", "java.io.FileDescriptor",
          "java.net.Socket", "java.net.URL", "java.net.URI");

  /**
   * Decorators in general: any {@code AutoCloseable} constructed with an {@code AutoCloseable}
   * argument (a stream handed to an archive stream, a connection handed to a wrapper) holds what that
   * argument holds. When the argument is a variable, field, parameter or method result that the code
   * already owns (e.g. a try-with-resources variable), the decorator opens nothing new and is not a
   * resource; when the argument is a resource opened in the same expression, the decorator is the
   * one resource to close.
   */
  public static final String DECORATOR_RULE = "an AutoCloseable argument makes the constructor a decorator";

  /**
   * Static and instance factory methods ({@code owner#name}; the owner may be a supertype of the
   * receiver) whose result is a resource the caller must close.
   */
  public static final Set<String> RESOURCE_FACTORIES =
      Set.of(
          "java.nio.file.Files#newInputStream",
          "java.nio.file.Files#newOutputStream",
          "java.nio.file.Files#newBufferedReader",
          "java.nio.file.Files#newBufferedWriter",
          "java.nio.file.Files#newByteChannel",
          "java.nio.file.Files#newDirectoryStream",
          "java.nio.file.Files#lines",
          "java.nio.file.Files#list",
          "java.nio.file.Files#walk",
          "java.nio.file.Files#find",
          "java.nio.channels.FileChannel#open",
          "java.nio.channels.SocketChannel#open",
          "java.nio.channels.ServerSocketChannel#open",
          "java.nio.channels.DatagramChannel#open",
          "java.nio.channels.AsynchronousFileChannel#open",
          "java.nio.file.FileSystems#newFileSystem",
          "java.net.URL#openStream",
          "java.lang.Class#getResourceAsStream",
          "java.lang.ClassLoader#getResourceAsStream",
          "java.sql.DriverManager#getConnection",
          "javax.sql.DataSource#getConnection",
          "java.sql.Connection#createStatement",
          "java.sql.Connection#prepareStatement",
          "java.sql.Connection#prepareCall",
          "java.sql.Statement#executeQuery",
          "java.net.http.HttpClient#newHttpClient",
          "java.util.concurrent.Executors#newFixedThreadPool",
          "java.util.concurrent.Executors#newCachedThreadPool",
          "java.util.concurrent.Executors#newSingleThreadExecutor",
          "java.util.concurrent.Executors#newScheduledThreadPool",
          "java.util.concurrent.Executors#newSingleThreadScheduledExecutor",
          "java.util.concurrent.Executors#newWorkStealingPool",
          "java.util.concurrent.Executors#newVirtualThreadPerTaskExecutor",
          "java.util.concurrent.Executors#newThreadPerTaskExecutor",
          "org.mockito.Mockito#mockStatic",
          "org.mockito.Mockito#mockConstruction",
          "org.mockito.Mockito#mockConstructionWithAnswer",
          "org.mockito.MockitoAnnotations#openMocks");

  /** Methods that release a resource, besides {@code close()}, by resource supertype. */
  public static final Map<String, Set<String>> RELEASE_METHODS =
      Map.of(
          "java.lang.AutoCloseable", Set.of("close"),
          "java.util.concurrent.ExecutorService", Set.of("close", "shutdown", "shutdownNow"),
          "org.mockito.MockedStatic", Set.of("close", "closeOnDemand"),
          "org.mockito.MockedConstruction", Set.of("close", "closeOnDemand"));

  /** Calls that add to a JVM-wide registry kept until exit ({@code owner#name}). */
  public static final Set<String> EXIT_REGISTRATIONS =
      Set.of("java.io.File#deleteOnExit", "java.lang.Runtime#addShutdownHook");

  /** Calls that undo an {@link #EXIT_REGISTRATIONS} entry ({@code owner#name}). */
  public static final Set<String> EXIT_DEREGISTRATIONS = Set.of("java.lang.Runtime#removeShutdownHook");

  /**
   * Field annotations that hand the value's lifecycle to the test framework without JUnit closing it
   * itself: JUnit 4 runs a {@code @Rule} value around every test, JUnit 5 calls a {@code
   * @RegisterExtension} value's callbacks; what such a value holds is its own to release.
   */
  public static final Set<String> FRAMEWORK_DRIVEN_FIELD_ANNOTATIONS =
      Set.of("org.junit.Rule", "org.junit.jupiter.api.extension.RegisterExtension");

  /** Field annotations that make JUnit close or delete the field's value after each invocation. */
  public static final Set<String> MANAGED_FIELD_ANNOTATIONS =
      Set.of("org.junit.jupiter.api.AutoClose", "org.junit.jupiter.api.io.TempDir");
}
