package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testleak.testcases.singleton.FileSystemSpec;
import dev.testleak.testcases.singleton.LookupFactory;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Clean: a factory method that returns a fresh builder is no singleton, and a singleton without
 * mutable state cannot carry a change between tests (the shapes of commons-compress'
 * MemoryFileSystemBuilder and commons-text's StringLookupFactory, false positives found on real
 * code).
 */
class FactoriesAndStatelessSingletonsTest {
  @Test
  void buildsWithUser() {
    assertEquals(1, FileSystemSpec.newLinux().addUser("alice").userCount());
  }

  @Test
  void fillsTheGivenMap() {
    Map<String, String> lookups = new HashMap<>();
    LookupFactory.INSTANCE.addDefaultLookups(lookups);
    assertEquals(2, lookups.size());
  }
}
