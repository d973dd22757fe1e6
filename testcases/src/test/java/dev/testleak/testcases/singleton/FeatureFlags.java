package dev.testleak.testcases.singleton;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A single-constant enum singleton holding feature toggles. */
public enum FeatureFlags {
  INSTANCE;

  private final Set<String> enabled = ConcurrentHashMap.newKeySet();

  public void enable(String flag) {
    enabled.add(flag);
  }

  public void disable(String flag) {
    enabled.remove(flag);
  }

  public boolean isEnabled(String flag) {
    return enabled.contains(flag);
  }

  public void reset() {
    enabled.clear();
  }
}
