package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Grows the mixin's map only through the mixin's method: the finding is in the mixin. */
class CacheMixinUserTest implements CacheMixin {
  @Test
  void remembers() {
    remember("k", "v");
    assertTrue(CACHE.containsKey("k"));
  }
}
