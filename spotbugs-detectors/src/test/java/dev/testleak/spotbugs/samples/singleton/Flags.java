package dev.testleak.spotbugs.samples.singleton;

/** A one-constant enum singleton, and a holder-idiom singleton. */
public enum Flags {
  INSTANCE;

  public void enable(String flag) {}

  public void reset() {}

  /** The holder idiom. */
  public static final class Config {
    public void putValue(String key, String value) {}

    public static final class Holder {
      public static final Config INSTANCE = new Config();
    }
  }
}
