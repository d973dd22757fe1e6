package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.HashMultimap;
import com.google.common.collect.Multimap;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Guava's mutable multimap and Collections.addAll grow just like put and add. */
class GuavaMultimapTest {
  private static final Multimap<String, String> ROLES = HashMultimap.create();
  private static final Set<String> USERS = new HashSet<>();

  @Test
  void grants() {
    ROLES.put("alice", "admin"); // expect: StaticCollectionNeverCleared
    Collections.addAll(USERS, "alice", "bob"); // expect: StaticCollectionNeverCleared
    assertTrue(ROLES.containsKey("alice"));
  }
}
