package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.testleak.testcases.resource.CountingInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Clean: streams constructed on nothing but memory hold no operating-system resource, so leaving
 * them unclosed in a dynamic test leaks nothing (commons-io's QueueInputStreamTest shape, a false
 * positive found on real code).
 */
class InMemoryStreamsTest {
  @TestFactory
  Stream<DynamicTest> readsEverySize() {
    return IntStream.of(1, 8, 64).mapToObj(size -> dynamicTest("size " + size, () -> {
      InputStream counting = new CountingInputStream(size);
      InputStream buffered = new BufferedInputStream(new CountingInputStream(size));
      assertEquals(size, drain(counting));
      assertEquals(size, drain(buffered));
    }));
  }

  private static int drain(InputStream in) throws IOException {
    int count = 0;
    while (in.read() != -1) {
      count++;
    }
    return count;
  }
}
