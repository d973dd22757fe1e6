package dev.testleak.testcases.staticcollection.junit5;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** A base class whose teardown resets something else, but not its static event list. */
abstract class InheritedFieldBase {
  protected static final List<String> EVENTS = new ArrayList<>();
  protected int counter;

  @AfterEach
  void resetCounter() {
    counter = 0;
  }
}
