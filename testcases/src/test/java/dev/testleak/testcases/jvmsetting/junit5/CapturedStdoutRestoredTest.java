package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Clean: System.out is redirected for the test and put back in finally. */
class CapturedStdoutRestoredTest {
  @Test
  void printsBanner() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      System.out.println("Welcome");
      assertTrue(buffer.toString(StandardCharsets.UTF_8).startsWith("Welcome"));
    } finally {
      System.setOut(original);
    }
  }
}
