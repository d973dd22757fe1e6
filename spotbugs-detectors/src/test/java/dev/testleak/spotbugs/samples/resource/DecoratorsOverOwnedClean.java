package dev.testleak.spotbugs.samples.resource;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decorators around a stream the code already owns (a try-with-resources variable, a field, a
 * parameter, a method result) open nothing of their own (commons-compress' {@code new
 * TarArchiveOutputStream(new BufferedOutputStream(dest))} inside {@code try (dest)}).
 */
public class DecoratorsOverOwnedClean {
  static Path dir;
  static OutputStream shared;

  @ParameterizedTest
  @ValueSource(strings = {"a.tar", "b.tar"})
  void archiveAroundTryWithResourcesVariable(String name) throws IOException {
    try (OutputStream dest = Files.newOutputStream(dir.resolve(name))) {
      ArchiveStream archive = new ArchiveStream(new BufferedOutputStream(dest));
      archive.write(1);
      archive.flush();
      ArchiveSession session = new ArchiveSession(dest);
      session.entry("x");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void decoratorsAroundAFieldAParameterAndAMethodResult(String name) throws IOException {
    new PrintStream(shared, true, "UTF-8").println(name);
    new BufferedReader(new InputStreamReader(source(name))).readLine();
  }

  @TestFactory
  Stream<DynamicTest> decoratorAroundALambdaParameter() {
    OutputStream out = shared;
    return Stream.of("a", "b").map(name -> DynamicTest.dynamicTest(name, () -> new ArchiveSession(out).entry(name)));
  }

  private static InputStream source(String name) {
    return DecoratorsOverOwnedClean.class.getClassLoader().getResourceAsStream(name);
  }

  /** A stream decorator of a type testleak does not know. */
  public static final class ArchiveStream extends FilterOutputStream {
    public ArchiveStream(OutputStream out) {
      super(out);
    }
  }

  /** An AutoCloseable that is no stream, built around one. */
  public static final class ArchiveSession implements AutoCloseable {
    private final OutputStream out;

    public ArchiveSession(OutputStream out) {
      this.out = out;
    }

    public void entry(String name) throws IOException {
      out.write(name.length());
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
