package dev.testleak.spotbugs.samples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Growing these would throw at run time; what matters here is that they are not reported. */
public class ImmutableInitialisers {
  static final List<String> OF = List.of("a");
  static final Set<String> COPY = Set.copyOf(List.of("a"));
  static final Map<String, String> MAP_OF = Map.of("a", "b");
  static final List<String> UNMODIFIABLE = Collections.unmodifiableList(new ArrayList<>());
  static final List<String> FIXED_SIZE = Arrays.asList("a", "b");
  static final List<String> GUAVA_OF = ImmutableList.of("a");
  static final Map<String, String> GUAVA_BUILT = ImmutableMap.<String, String>builder().put("a", "b").build();
  static ImmutableList<String> guavaTyped = ImmutableList.of();

  @Test
  @SuppressWarnings("deprecation") // ImmutableCollection.add is deprecated: it always throws
  void triesToGrow() {
    OF.add("x");
    COPY.add("x");
    MAP_OF.put("x", "y");
    UNMODIFIABLE.add("x");
    FIXED_SIZE.add("x");
    GUAVA_OF.add("x");
    GUAVA_BUILT.put("x", "y");
    guavaTyped.add("x");
  }
}
