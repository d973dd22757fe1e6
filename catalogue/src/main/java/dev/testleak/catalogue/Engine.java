package dev.testleak.catalogue;

/** The analysis engines testleak ships rules for. {@link #id()} is how reports and SARIF name them. */
public enum Engine {
  ERROR_PRONE("errorprone", "Error Prone"),
  SPOTBUGS("spotbugs", "SpotBugs"),
  PMD("pmd", "PMD");

  private final String id;
  private final String displayName;

  Engine(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** The engine with the given {@link #id()}; throws for an unknown id so typos fail fast. */
  public static Engine fromId(String id) {
    for (Engine engine : values()) {
      if (engine.id.equals(id)) {
        return engine;
      }
    }
    throw new IllegalArgumentException("unknown engine '" + id + "' (expected errorprone, spotbugs or pmd)");
  }
}
