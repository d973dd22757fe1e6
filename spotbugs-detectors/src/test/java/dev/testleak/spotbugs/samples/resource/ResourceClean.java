package dev.testleak.spotbugs.samples.resource;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

/** Released by the end of the invocation, handed on, holding nothing, or not per invocation. */
public class ResourceClean {
  static Path dir;
  Writer closedAfterEach;
  @AutoClose InputStream autoClosed;
  ExecutorService setUpExecutorIsTheThreadRules;

  @BeforeEach
  void open() throws IOException {
    closedAfterEach = Files.newBufferedWriter(dir.resolve("a"));
    autoClosed = new FileInputStream("x");
    setUpExecutorIsTheThreadRules = Executors.newSingleThreadExecutor();
  }

  @AfterEach
  void close() throws IOException {
    release();
  }

  private void release() throws IOException {
    closedAfterEach.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void tryWithResources(String name) throws IOException {
    try (InputStream in = Files.newInputStream(dir.resolve(name));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in))) {
      reader.readLine();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void closedInFinally(String name) throws IOException {
    InputStream in = null;
    try {
      in = new FileInputStream(name);
      in.read();
    } finally {
      if (in != null) {
        in.close();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void mockStaticClosedAndExecutorShutDown(String name) {
    try (MockedStatic<Files> files = Mockito.mockStatic(Files.class)) {
      files.verifyNoInteractions();
    }
    ExecutorService executor = Executors.newSingleThreadExecutor();
    executor.shutdownNow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void handedOnAndReturnedAndHoldingNothing(String name) throws IOException {
    consume(new FileInputStream(name));
    new BufferedReader(new StringReader(name)).readLine();
    new ByteArrayInputStream(new byte[1]).read();
    try (InputStream in = open(name)) {
      in.read();
    }
  }

  private static void consume(InputStream in) throws IOException {
    in.close();
  }

  private static InputStream open(String name) throws IOException {
    return new FileInputStream(name);
  }

  @Test
  void singleInvocationTestOutsideALoop() throws IOException {
    new FileInputStream("x").read();
  }

  @Test
  void closedInTheSameIteration() throws IOException {
    for (String name : List.of("a", "b")) {
      try (InputStream in = new FileInputStream(name)) {
        in.read();
      }
    }
  }
}
