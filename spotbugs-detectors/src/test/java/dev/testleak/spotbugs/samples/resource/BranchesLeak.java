package dev.testleak.spotbugs.samples.resource;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A resource chosen by a branch and not closed on its path: every opening whose value never reaches
 * a close is reported, and a close on another path, or after the local was overwritten, closes
 * something else.
 */
public class BranchesLeak {

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void conditionalKeptAndNeverClosed(boolean first) throws IOException {
    InputStream in = first
        ? new FileInputStream("a") // BUG
        : new FileInputStream("b"); // BUG
    in.read();
  }

  @Test
  void assignedInIfElseAndNeverClosed() throws IOException {
    for (int i = 0; i < 4; i++) {
      Reader reader;
      if (i % 2 == 0) {
        reader = new FileReader("c"); // BUG
      } else {
        reader = new FileReader("d"); // BUG
      }
      reader.read();
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void closedOnOneBranchOnly(boolean first) throws IOException {
    Reader reader;
    if (first) {
      reader = new FileReader("a");
      reader.close();
    } else {
      reader = new FileReader("b"); // BUG
    }
    reader.ready();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void overwrittenBeforeTheClose(String name) throws IOException {
    InputStream in = new FileInputStream(name); // BUG
    in = new FileInputStream(name + ".bak");
    in.close();
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void decoratorAroundAConditionalNeverClosed(boolean first) throws IOException {
    BufferedReader reader = new BufferedReader(first ? new FileReader("a") : new FileReader("b")); // BUG
    reader.readLine();
  }
}
