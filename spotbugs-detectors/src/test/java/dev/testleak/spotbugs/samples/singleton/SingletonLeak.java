package dev.testleak.spotbugs.samples.singleton;

import org.junit.jupiter.api.Test;

/** Singleton state changed and not restored: getter, one-constant enum, holder, local stored once. */
public class SingletonLeak {
  @Test
  void registers() {
    Registry.getInstance().register(this); // BUG
  }

  @Test
  void enablesAFlag() {
    Flags.INSTANCE.enable("x"); // BUG
  }

  @Test
  void configuresThroughTheHolder() {
    Flags.Config.Holder.INSTANCE.putValue("k", "v"); // BUG
  }

  @Test
  void setsThroughALocal() {
    Registry registry = Registry.getInstance();
    registry.setMode("fast"); // BUG
  }

  @Test
  void setsBackOutsideFinally() {
    String previous = Registry.getInstance().mode();
    Registry.getInstance().setMode("slow"); // BUG
    Registry.getInstance().setMode(previous);
  }

  @Test
  void unregistersOutsideFinally() {
    Registry.getInstance().register("listener"); // BUG
    Registry.getInstance().unregister("listener");
  }

  @Test
  void addsToAnAtomicKeptByAHolder() {
    Counters.getInstance().addOne(); // BUG
  }

  @Test
  void setsStateOfASuperclass() {
    Counters.Inheriting.INSTANCE.setMode("fast"); // BUG
  }
}
