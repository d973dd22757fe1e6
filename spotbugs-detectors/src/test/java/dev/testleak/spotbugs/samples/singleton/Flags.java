package dev.testleak.spotbugs.samples.singleton;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A one-constant enum singleton, and a holder-idiom singleton, both with mutable state. */
public enum Flags {
  INSTANCE;

  private final Set<String> enabled = new HashSet<>();

  public void enable(String flag) {
    enabled.add(flag);
  }

  public void reset() {
    enabled.clear();
  }

  /** The holder idiom. */
  public static final class Config {
    private final Map<String, String> values = new HashMap<>();

    public void putValue(String key, String value) {
      values.put(key, value);
    }

    public static final class Holder {
      public static final Config INSTANCE = new Config();
    }
  }
}
