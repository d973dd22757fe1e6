package dev.testleak.testcases.resource;

import java.io.InputStream;

/** An in-memory stream that produces a fixed number of bytes: it opens nothing. */
public final class CountingInputStream extends InputStream {
  private int remaining;

  public CountingInputStream() {
    this(16);
  }

  public CountingInputStream(int size) {
    this.remaining = size;
  }

  @Override
  public int read() {
    return remaining-- > 0 ? 'x' : -1;
  }
}
