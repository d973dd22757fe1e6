package dev.testleak.testcases.singleton;

import java.util.Map;

/**
 * A stateless singleton: its only instance field is a final array of settings. Its add method fills
 * the map it is given, not itself.
 */
public final class LookupFactory {
  public static final LookupFactory INSTANCE = new LookupFactory(new String[] {"/tmp"});

  private final String[] fences;

  private LookupFactory(String[] fences) {
    this.fences = fences.clone();
  }

  public void addDefaultLookups(Map<String, String> target) {
    target.put("env", "environment");
    target.put("fences", String.join(",", fences));
  }
}
