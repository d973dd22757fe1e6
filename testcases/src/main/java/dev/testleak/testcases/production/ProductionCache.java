package dev.testleak.testcases.production;

import java.util.HashMap;
import java.util.Map;

/**
 * Production code, not test code: a cache like this may be deliberate, and it is not testleak's
 * business. No engine reports it.
 */
public final class ProductionCache {
  private static final Map<String, String> VALUES = new HashMap<>();

  private ProductionCache() {}

  public static String lookup(String key) {
    return VALUES.computeIfAbsent(key, k -> k.toUpperCase(java.util.Locale.ROOT));
  }
}
