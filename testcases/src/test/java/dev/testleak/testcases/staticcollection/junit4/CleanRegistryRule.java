package dev.testleak.testcases.staticcollection.junit4;

import java.util.ArrayList;
import java.util.List;
import org.junit.rules.ExternalResource;

/** Clean: ExternalResource.after runs after every test and empties the list. */
public class CleanRegistryRule extends ExternalResource {
  static final List<Object> REGISTERED = new ArrayList<>();

  @Override
  protected void before() {
    REGISTERED.add(new Object());
  }

  @Override
  protected void after() {
    REGISTERED.clear();
  }
}
