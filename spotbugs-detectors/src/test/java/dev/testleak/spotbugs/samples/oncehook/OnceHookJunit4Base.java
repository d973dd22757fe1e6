package dev.testleak.spotbugs.samples.oncehook;

import java.util.Set;

/** A superclass helper that changes the subclass's once-hook state. */
public abstract class OnceHookJunit4Base {
  protected static Set<String> seen;

  protected void remember(String name) {
    seen.add(name);
  }
}
