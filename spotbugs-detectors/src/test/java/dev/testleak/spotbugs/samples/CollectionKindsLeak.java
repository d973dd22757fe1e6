package dev.testleak.spotbugs.samples;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.Multimap;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

public class CollectionKindsLeak {
  static final Set<String> SEEN = new HashSet<>();
  static final Map<String, Integer> COUNTS = new HashMap<>();
  static final ConcurrentHashMap<String, Set<String>> INDEX = new ConcurrentHashMap<>();
  static final Map<String, Integer> TOTALS = new ConcurrentHashMap<>();
  static final Deque<String> STACK = new ArrayDeque<>();
  static final Queue<String> QUEUE = new LinkedList<>();
  static final Multimap<String, String> TAGS = ArrayListMultimap.create();
  static final StringBuilder LOG = new StringBuilder();
  static final Set<String> ALL = new HashSet<>();

  @Test
  void grows() {
    SEEN.add("a"); // BUG
    COUNTS.put("a", 1); // BUG
    INDEX.computeIfAbsent("a", k -> new HashSet<>()).add("b"); // BUG
    TOTALS.merge("a", 1, Integer::sum); // BUG
    STACK.push("a"); // BUG
    QUEUE.offer("a"); // BUG
    TAGS.put("a", "b"); // BUG
    LOG.append("a").append('\n'); // BUG
    Collections.addAll(ALL, "a", "b"); // BUG
  }
}
