package dev.testleak.spotbugs.samples.singleton;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Singletons whose state is an atomic, kept by a member class (the holder idiom behind an
 * accessor), and whose state is inherited from a superclass.
 */
public final class Counters {
  private final AtomicInteger count = new AtomicInteger();

  private Counters() {}

  public static Counters getInstance() {
    return Holder.INSTANCE;
  }

  public void addOne() {
    count.incrementAndGet();
  }

  private static final class Holder {
    static final Counters INSTANCE = new Counters();
  }

  /** State in a superclass. */
  public static class Base {
    private String mode = "default";

    public void setMode(String mode) {
      this.mode = mode;
    }

    public String mode() {
      return mode;
    }
  }

  /** A singleton that declares no field of its own. */
  public static final class Inheriting extends Base {
    public static final Inheriting INSTANCE = new Inheriting();
  }
}
