package dev.testleak.testcases.staticcollection.junit5;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A JUnit 5 extension that records every test it sees in a static list and never forgets them. */
public class RecordingExtension implements BeforeEachCallback {
  static final List<String> SEEN_TESTS = new ArrayList<>();

  @Override
  public void beforeEach(ExtensionContext context) {
    SEEN_TESTS.add(context.getUniqueId()); // expect: StaticCollectionNeverCleared
  }
}
