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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

public class CollectionKindsCleared {
  static final Set<String> SEEN = new HashSet<>();
  static final Map<String, Integer> COUNTS = new HashMap<>();
  static final ConcurrentHashMap<String, Set<String>> INDEX = new ConcurrentHashMap<>();
  static final Map<String, Integer> TOTALS = new ConcurrentHashMap<>();
  static final Deque<String> STACK = new ArrayDeque<>();
  static final Queue<String> QUEUE = new LinkedList<>();
  static final Multimap<String, String> TAGS = ArrayListMultimap.create();
  static final StringBuilder LOG = new StringBuilder();
  static final Set<String> ALL = new HashSet<>();

  @AfterAll
  static void emptyEverything() {
    SEEN.clear();
    COUNTS.remove("a");
    INDEX.clear();
    TOTALS.clear();
    while (!STACK.isEmpty()) {
      STACK.pop();
    }
    QUEUE.poll();
    TAGS.clear();
    LOG.setLength(0);
    ALL.removeIf(s -> true);
  }

  @Test
  void grows() {
    SEEN.add("a");
    COUNTS.put("a", 1);
    INDEX.computeIfAbsent("a", k -> new HashSet<>()).add("b");
    TOTALS.merge("a", 1, Integer::sum);
    STACK.push("a");
    QUEUE.offer("a");
    TAGS.put("a", "b");
    LOG.append("a").append('\n');
    Collections.addAll(ALL, "a", "b");
  }
}
