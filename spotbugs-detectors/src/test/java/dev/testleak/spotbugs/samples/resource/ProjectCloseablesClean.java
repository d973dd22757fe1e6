package dev.testleak.spotbugs.samples.resource;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Project Closeables that hold nothing outside the heap, dropped once per case: by their fields and
 * superclasses, not one of them holds a resource (Hadoop's StopWatch, DefaultStringifier).
 */
public class ProjectCloseablesClean {

  /** A clock that is no Closeable: what it holds is not followed. */
  public static final class Ticker {
    InputStream notFollowed;

    long now() {
      return System.nanoTime();
    }
  }

  /** close() stops the clock; primitives, a String and a non-Closeable project type. */
  public static final class StopClock implements Closeable {
    private final long start;
    private final Ticker ticker = new Ticker();
    private final String label;
    private boolean running = true;

    public StopClock(String label) {
      this.label = label;
      this.start = ticker.now();
    }

    long elapsed() {
      return ticker.now() - start;
    }

    @Override
    public void close() {
      running = false;
    }
  }

  /** A stream subclass over a byte array it creates: holds what its superclass holds, nothing. */
  public static final class RecordBuffer extends DataOutputStream {
    public RecordBuffer() {
      super(new ByteArrayOutputStream());
    }
  }

  /** A codec over in-memory buffers: a project stream subclass and a JDK holds-nothing stream. */
  public static final class Codec implements Closeable {
    private final RecordBuffer buffer = new RecordBuffer();
    private final ByteArrayOutputStream spare = new ByteArrayOutputStream();
    private final int[] sizes = new int[4];

    int encode(String value) throws IOException {
      buffer.writeUTF(value);
      return buffer.size() + spare.size() + sizes.length;
    }

    @Override
    public void close() throws IOException {
      buffer.close();
    }
  }

  /** A chain of nodes that refer to each other: a cycle adds nothing. */
  public static final class Node implements Closeable {
    Node next;
    Node previous;

    @Override
    public void close() {
      next = null;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "bc"})
  void timesAndEncodes(String value) throws IOException {
    StopClock clock = new StopClock(value);
    Codec codec = new Codec();
    codec.encode(value);
    Node node = new Node();
    node.next = node;
    clock.elapsed();
  }
}
