package dev.testleak.testcases.resource;

import java.io.Closeable;

/**
 * A project Closeable that holds nothing outside the heap: close() only stops the clock (as Hadoop's
 * StopWatch does). Dropping one is not a leak.
 */
public final class Stopwatch implements Closeable {
  private final long startNanos = System.nanoTime();
  private long elapsedNanos = -1;

  public long stop() {
    if (elapsedNanos < 0) {
      elapsedNanos = System.nanoTime() - startNanos;
    }
    return elapsedNanos;
  }

  @Override
  public void close() {
    stop();
  }
}
