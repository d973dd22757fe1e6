package dev.testleak.catalogue;

/** The five leak families testleak looks for; every rule belongs to exactly one. */
public enum Family {
  STATIC_COLLECTION("static-collection", "Mutable static collections that tests fill and nothing clears"),
  ONCE_HOOK_STATE("once-hook-state", "State created once per class that every test then mutates"),
  PER_INVOCATION_RESOURCE("per-invocation-resource", "Resources opened per test invocation and not released"),
  CLASS_LEVEL_THREAD("class-level-thread", "Threads, executors, timers and servers started without a matching stop"),
  GLOBAL_STATE("global-state", "Process-wide state changed by tests and not restored");

  private final String id;
  private final String title;

  Family(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }
}
