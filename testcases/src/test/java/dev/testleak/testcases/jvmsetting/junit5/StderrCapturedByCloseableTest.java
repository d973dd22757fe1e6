package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Clean: a restorer object. The AutoCloseable saves System.err and replaces it in its constructor,
 * and close() puts it back; tests use it in try-with-resources (Hadoop's SystemErrCapturer).
 */
class StderrCapturedByCloseableTest {

  static final class StderrCapture implements AutoCloseable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream saved;

    StderrCapture() {
      saved = System.err;
      System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    String output() {
      return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      restore();
    }

    private void restore() {
      System.setErr(saved);
    }
  }

  @Test
  void warnsOnStderr() {
    try (StderrCapture capture = new StderrCapture()) {
      System.err.print("careful");
      assertEquals("careful", capture.output());
    }
  }
}
