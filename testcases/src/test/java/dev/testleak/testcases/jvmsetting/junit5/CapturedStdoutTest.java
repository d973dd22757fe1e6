package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Redirects System.out into a buffer and never puts it back: every later test of the fork prints
 * into this test's buffer.
 */
class CapturedStdoutTest {
  @Test
  void printsBanner() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8)); // expect: JvmSettingNotRestored
    System.out.println("Welcome");
    assertTrue(buffer.toString(StandardCharsets.UTF_8).startsWith("Welcome"));
  }
}
