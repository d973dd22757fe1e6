package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clean: each stream opened in the loop is handed on to an owner (register(..)) that closes them
 * all; ownership passes with the call, as the rule's doc says.
 */
class HandedToOwnerInLoopTest {
  @TempDir Path dir;

  /** Closes what it was given, last first. */
  static final class Owner implements AutoCloseable {
    private final Deque<AutoCloseable> owned = new ArrayDeque<>();

    void register(AutoCloseable resource) {
      owned.push(resource);
    }

    int size() {
      return owned.size();
    }

    @Override
    public void close() throws Exception {
      while (!owned.isEmpty()) {
        owned.pop().close();
      }
    }
  }

  @Test
  void opensOnePerFile() throws Exception {
    Owner owner = new Owner();
    try {
      for (int i = 0; i < 3; i++) {
        Path file = Files.writeString(dir.resolve(i + ".txt"), "x");
        FileInputStream in = new FileInputStream(file.toFile());
        owner.register(in);
      }
      assertEquals(3, owner.size());
    } finally {
      owner.close();
    }
  }
}
