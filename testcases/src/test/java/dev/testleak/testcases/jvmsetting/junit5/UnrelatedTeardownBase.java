package dev.testleak.testcases.jvmsetting.junit5;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;

/** A base class whose teardown closes what the tests opened and restores no setting. */
abstract class UnrelatedTeardownBase {
  protected final Deque<AutoCloseable> opened = new ArrayDeque<>();

  @AfterEach
  void closeOpened() throws Exception {
    while (!opened.isEmpty()) {
      opened.pop().close();
    }
  }
}
