package com.example.alpha;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheTest {
  static final Map<String, Integer> CACHE = new HashMap<>();

  @Test
  void remembers() {
    CACHE.put("a", 1); // expect: StaticCollectionNeverCleared
  }
}
