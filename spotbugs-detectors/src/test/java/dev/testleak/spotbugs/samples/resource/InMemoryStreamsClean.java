package dev.testleak.spotbugs.samples.resource;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Streams constructed on nothing but memory, left unclosed in dynamic tests: they open nothing
 * (commons-io's {@code new QueueInputStream()} and {@code new WindowsLineEndingInputStream(new
 * NullInputStream(), true)}).
 */
public class InMemoryStreamsClean {
  @TestFactory
  Stream<DynamicTest> readsInMemoryStreams() {
    return IntStream.of(1, 8).mapToObj(size -> DynamicTest.dynamicTest("size " + size, () -> {
      QueueStream queue = new QueueStream();
      queue.read();
      new CountingStream(size).read();
      new LineEndingStream(new NullStream(), true).read();
      new BufferedInputStream(new CountingStream(size)).read();
    }));
  }

  /** No arguments at all. */
  public static final class QueueStream extends InputStream {
    @Override
    public int read() {
      return -1;
    }
  }

  /** Opened on a size. */
  public static final class CountingStream extends InputStream {
    private int remaining;

    public CountingStream(int size) {
      remaining = size;
    }

    @Override
    public int read() {
      return remaining-- > 0 ? 'x' : -1;
    }
  }

  /** An empty stream. */
  public static final class NullStream extends InputStream {
    @Override
    public int read() {
      return -1;
    }
  }

  /** A filter around another stream. */
  public static final class LineEndingStream extends InputStream {
    private final InputStream in;

    public LineEndingStream(InputStream in, boolean atEof) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      return in.read();
    }
  }
}
