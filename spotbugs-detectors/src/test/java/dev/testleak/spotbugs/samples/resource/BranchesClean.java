package dev.testleak.spotbugs.samples.resource;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A resource chosen by a branch, then closed: whichever branch ran, the value that reaches the
 * close is the one it opened (commons-io ReversedLinesFileReaderParamFileTest, Hadoop
 * TestSequenceFileSync).
 */
public class BranchesClean {

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void conditionalInitialisesATryWithResourcesVariable(boolean first) throws IOException {
    try (InputStream in = first ? new FileInputStream("a") : new FileInputStream("b")) {
      in.read();
    }
  }

  @Test
  void assignedInIfElseAndClosedInTheFinallyOfTheIteration() throws IOException {
    for (int i = 0; i < 4; i++) {
      final Reader reader;
      if (i % 2 == 0) {
        reader = new FileReader("c", StandardCharsets.UTF_8);
      } else {
        reader = new InputStreamReader(new FileInputStream("c"), StandardCharsets.UTF_8);
      }
      try {
        reader.read();
      } finally {
        reader.close();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void decoratorAroundAConditionalInTryWithResources(boolean first) throws IOException {
    try (BufferedReader reader = new BufferedReader(first ? new FileReader("a") : new FileReader("b"))) {
      reader.readLine();
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void closedOnBothBranches(boolean first) throws IOException {
    Reader reader;
    if (first) {
      reader = new FileReader("a");
      reader.read();
      reader.close();
    } else {
      reader = new FileReader("b");
      reader.close();
    }
  }
}
