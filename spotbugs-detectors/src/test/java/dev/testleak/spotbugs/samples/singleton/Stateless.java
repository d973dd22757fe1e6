package dev.testleak.spotbugs.samples.singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * No singletons with state: a builder whose static factory returns a fresh object per call (no
 * static field keeps one), a singleton whose only field is a final array (commons-text's
 * StringLookupFactory), and a one-constant enum without fields.
 */
public final class Stateless {
  private Stateless() {}

  /** A builder: {@code newLinux()} returns its own class but keeps no instance. */
  public static final class Builder {
    private final List<String> users = new ArrayList<>();

    public static Builder newLinux() {
      return new Builder();
    }

    public Builder addUser(String user) {
      users.add(user);
      return this;
    }
  }

  /** Stateless: its add method fills the map it is given. */
  public static final class LookupFactory {
    public static final LookupFactory INSTANCE = new LookupFactory(new String[] {"/tmp"});

    private final String[] fences;
    private final String name = "lookups";

    private LookupFactory(String[] fences) {
      this.fences = fences.clone();
    }

    public static LookupFactory getInstance() {
      return INSTANCE;
    }

    public void addDefaultLookups(Map<String, String> target) {
      target.put(name, String.join(",", fences));
    }
  }

  /** A one-constant enum without fields (java.lang.Enum's cached hash is no state of its own). */
  public enum Mode {
    INSTANCE;

    public void setVerbose(boolean verbose) {}
  }
}
