package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Clean: each test that fills the provider's static mapping first empties it through the provider's
 * clearMapping() helper, so it never holds more than one test's entries (hadoop-common's
 * TestHttpServer.MyGroupsProvider, a false positive found on real code).
 */
class EmptiedThroughHelperTest {

  /** A user-to-groups mapping service the code under test looks up statically. */
  static final class GroupsProvider {
    static final Map<String, List<String>> MAPPING = new HashMap<>();

    static void clearMapping() {
      MAPPING.clear();
    }

    static List<String> groups(String user) {
      return MAPPING.getOrDefault(user, List.of());
    }
  }

  @Test
  void userAIsInGroupA() {
    GroupsProvider.clearMapping();
    GroupsProvider.MAPPING.put("userA", List.of("groupA"));
    assertEquals(List.of("groupA"), GroupsProvider.groups("userA"));
  }

  @Test
  void userBIsInGroupB() {
    GroupsProvider.clearMapping();
    GroupsProvider.MAPPING.put("userB", List.of("groupB"));
    assertEquals(List.of("groupB"), GroupsProvider.groups("userB"));
  }
}
