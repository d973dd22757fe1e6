package dev.testleak.testcases.staticcollection.junit5;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/**
 * The @BeforeAll of an abstract base class runs again for every concrete subclass, so its static
 * list grows by one entry per test class for the whole test JVM.
 */
abstract class AbstractRegistryTestBase {
  protected static final List<String> REGISTERED_CLASSES = new ArrayList<>();

  @BeforeAll
  static void registerClass() {
    REGISTERED_CLASSES.add("class-" + REGISTERED_CLASSES.size()); // expect: StaticCollectionNeverCleared
  }
}
