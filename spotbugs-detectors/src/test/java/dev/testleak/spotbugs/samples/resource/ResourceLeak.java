package dev.testleak.spotbugs.samples.resource;

import static org.mockito.Mockito.mockStatic;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Resources opened per invocation or per loop iteration and not released by its end. */
public class ResourceLeak {
  static Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void keptInALocal(String name) throws IOException {
    InputStream in = Files.newInputStream(dir.resolve(name)); // BUG
    in.read();
  }

  @RepeatedTest(3)
  void discarded() {
    mockStatic(Clock.class); // BUG
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void decoratorBuiltFromAFileName(String name) throws IOException {
    PrintWriter out = new PrintWriter(name); // BUG
    out.println("x");
  }

  @TestFactory
  Stream<DynamicTest> dynamicTestsOpenAReaderEach() {
    return Stream.of("a", "b").map(name -> DynamicTest.dynamicTest(name, () -> {
      BufferedReader reader = new BufferedReader(new FileReader(name)); // BUG
      reader.readLine();
    }));
  }

  @Test
  void closedOnlyAfterTheLoop() throws IOException {
    List<InputStream> opened = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      InputStream in = new FileInputStream(name); // BUG
      opened.add(in);
    }
    for (InputStream in : opened) {
      in.close();
    }
  }

  @Test
  void forEachLambdaIsALoopBody() {
    List.of("a", "b").forEach(name -> {
      try {
        new FileInputStream(name).read(); // BUG
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void outermostDecoratorAroundAStreamOpenedInTheSameExpression(String name) throws IOException {
    Session session = new Session(new FileOutputStream(name)); // BUG
    session.write(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void streamOpenedOnAPath(String name) throws IOException {
    new PathStream(dir.resolve(name)).read(); // BUG
  }

  /** An AutoCloseable that is no stream, holding the stream it is built around. */
  public static final class Session implements AutoCloseable {
    private final OutputStream out;

    public Session(OutputStream out) {
      this.out = out;
    }

    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** A stream of a type testleak does not know, opened on a Path. */
  public static final class PathStream extends InputStream {
    private final InputStream in;

    public PathStream(Path path) throws IOException {
      in = Files.newInputStream(path);
    }

    @Override
    public int read() throws IOException {
      return in.read();
    }
  }
}
