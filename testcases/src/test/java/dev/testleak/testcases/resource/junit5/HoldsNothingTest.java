package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Scanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean: readers, writers and streams over strings and byte arrays (and decorators around them)
 * hold nothing outside the heap; leaving them unclosed leaks nothing.
 */
class HoldsNothingTest {
  @ParameterizedTest
  @ValueSource(strings = {"alpha", "beta"})
  void readsFromMemory(String word) throws IOException {
    BufferedReader reader = new BufferedReader(new StringReader(word + "\nrest"));
    assertEquals(word, reader.readLine());

    ByteArrayInputStream bytes = new ByteArrayInputStream(word.getBytes(StandardCharsets.UTF_8));
    assertEquals(word.length(), bytes.readAllBytes().length);

    Scanner scanner = new Scanner(word);
    assertEquals(word, scanner.next());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void writesToMemory(int value) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    out.print(value);
    assertEquals(String.valueOf(value), buffer.toString(StandardCharsets.UTF_8));

    StringWriter text = new StringWriter();
    text.write("v" + value);
    assertEquals("v" + value, text.toString());
  }
}
