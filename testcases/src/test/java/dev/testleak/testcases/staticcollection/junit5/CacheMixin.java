package dev.testleak.testcases.staticcollection.junit5;

import java.util.HashMap;
import java.util.Map;

/**
 * A mixin interface of the test sources: its constant is implicitly static, and its default method
 * grows it for every test of every implementing class.
 */
interface CacheMixin {
  Map<String, Object> CACHE = new HashMap<>();

  default void remember(String key, Object value) {
    CACHE.put(key, value); // expect: StaticCollectionNeverCleared
  }
}
