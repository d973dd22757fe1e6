package dev.testleak.testcases.staticcollection.junit5;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** A base class whose inherited teardown empties its static list through a helper. */
abstract class ClearingBase {
  protected static final List<String> MESSAGES = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    forgetMessages();
  }

  private static void forgetMessages() {
    MESSAGES.clear();
  }
}
