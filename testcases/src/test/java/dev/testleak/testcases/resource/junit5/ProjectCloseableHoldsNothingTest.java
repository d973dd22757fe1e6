package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.testleak.testcases.resource.Stopwatch;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean: project Closeables that hold nothing outside the heap, dropped without close() once per
 * case: a stopwatch, and a codec over an in-memory buffer (a DataOutputStream subclass over a
 * byte array, as Hadoop's DefaultStringifier holds DataOutputBuffers).
 */
class ProjectCloseableHoldsNothingTest {

  /** An in-memory record buffer: a decorator over a byte array it creates itself. */
  static final class RecordBuffer extends DataOutputStream {
    RecordBuffer() {
      super(new ByteArrayOutputStream());
    }
  }

  /** Encodes values into its own in-memory buffer; close() closes only that buffer. */
  static final class Codec implements Closeable {
    private final RecordBuffer buffer = new RecordBuffer();
    private final String charsetName;

    Codec(String charsetName) {
      this.charsetName = charsetName;
    }

    int encode(String value) throws IOException {
      buffer.writeUTF(value);
      return buffer.size();
    }

    @Override
    public void close() throws IOException {
      buffer.close();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1000})
  void sumsQuickly(int n) {
    Stopwatch watch = new Stopwatch();
    long sum = 0;
    for (int i = 1; i <= n; i++) {
      sum += i;
    }
    assertEquals((long) n * (n + 1) / 2, sum);
    assertTrue(watch.stop() >= 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "bc"})
  void encodes(String value) throws IOException {
    Codec codec = new Codec("UTF-8");
    assertEquals(2 + value.length(), codec.encode(value));
  }
}
