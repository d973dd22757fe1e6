package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Clean: immutable, fixed-size, or filled once by the static initializer and then only read. */
class ImmutableConstantsTest {
  private static final List<String> NAMES = List.of("a", "b");
  private static final Set<Integer> PRIMES = Set.of(2, 3, 5);
  private static final Map<String, String> CODES = ImmutableMap.of("DE", "Germany");
  private static final List<String> FIXED = Arrays.asList("x", "y");
  private static final List<String> READ_ONLY;

  static {
    List<String> builder = new ArrayList<>();
    builder.add("one");
    builder.add("two");
    READ_ONLY = Collections.unmodifiableList(builder);
  }

  private static final List<String> FILLED_ONCE = new ArrayList<>();

  static {
    FILLED_ONCE.add("alpha");
    FILLED_ONCE.add("beta");
  }

  @Test
  void readsOnly() {
    assertEquals(2, NAMES.size() + PRIMES.size() - CODES.size() - FIXED.size() + READ_ONLY.size() - 1);
    assertEquals("alpha", FILLED_ONCE.get(0));
  }
}
