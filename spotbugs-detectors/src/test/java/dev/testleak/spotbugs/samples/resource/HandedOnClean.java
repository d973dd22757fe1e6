package dev.testleak.spotbugs.samples.resource;

import java.io.FileInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A resource kept in a local and then passed to a method or constructor: ownership passes with the
 * call (Hadoop TestCompositeService's addTestService(service), TestReflectionUtils' Class.forName(..,
 * loader)).
 */
public class HandedOnClean {

  /** Closes what it was given. */
  public static final class Owner implements AutoCloseable {
    private final Deque<AutoCloseable> owned = new ArrayDeque<>();

    void register(AutoCloseable resource) {
      owned.push(resource);
    }

    @Override
    public void close() throws Exception {
      while (!owned.isEmpty()) {
        owned.pop().close();
      }
    }
  }

  @Test
  void handedToAnOwnerInTheLoop() throws Exception {
    try (Owner owner = new Owner()) {
      for (String name : List.of("a", "b")) {
        FileInputStream in = new FileInputStream(name);
        owner.register(in);
      }
    }
  }

  @Test
  void classLoaderHandedToClassForNameInTheLoop() throws Exception {
    for (String name : List.of("a.B", "c.D")) {
      URLClassLoader loader = new URLClassLoader(new URL[0], getClass().getClassLoader());
      try {
        Class.forName(name, false, loader);
      } catch (ClassNotFoundException expected) {
        // the name is made up
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void chosenByABranchAndHandedOn(boolean first) throws Exception {
    try (Owner owner = new Owner()) {
      FileInputStream in;
      if (first) {
        in = new FileInputStream("a");
      } else {
        in = new FileInputStream("b");
      }
      owner.register(in);
    }
  }

  static void consume(FileInputStream in) throws IOException {
    in.close();
  }
}
