package dev.testleak.testcases.staticcollection.junit4;

import java.util.ArrayList;
import java.util.List;
import org.junit.rules.ExternalResource;

/** A JUnit 4 rule that registers every test in a static list and never unregisters. */
public class LeakyRegistryRule extends ExternalResource {
  static final List<Object> REGISTERED = new ArrayList<>();

  @Override
  protected void before() {
    REGISTERED.add(new Object()); // expect: StaticCollectionNeverCleared
  }
}
