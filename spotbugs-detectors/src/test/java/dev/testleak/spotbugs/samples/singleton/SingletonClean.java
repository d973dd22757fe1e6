package dev.testleak.spotbugs.samples.singleton;

import java.util.HashMap;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Restored in finally or in a teardown helper, not a mutator, a JDK singleton, or no singleton. */
public class SingletonClean {
  @AfterEach
  void resetFlags() {
    resetAll();
  }

  private void resetAll() {
    Flags.INSTANCE.reset();
  }

  @Test
  void enablesAndTheTeardownResets() {
    Flags.INSTANCE.enable("x");
  }

  @Test
  void restoresInFinally() {
    String previous = Registry.getInstance().mode();
    Registry.getInstance().setMode("fast");
    try {
      previous.length();
    } finally {
      Registry.getInstance().setMode(previous);
    }
  }

  @Test
  void factoriesAndStatelessSingletons() {
    Stateless.Builder.newLinux().addUser("alice");
    Stateless.LookupFactory.INSTANCE.addDefaultLookups(new HashMap<>());
    Stateless.LookupFactory.getInstance().addDefaultLookups(new HashMap<>());
    Stateless.Mode.INSTANCE.setVerbose(true);
  }

  @Test
  void notMutators() {
    Registry.getInstance().mode();
    Registry.getInstance().settle();
    Runtime.getRuntime().availableProcessors();
    Locale.getDefault().getCountry();
    new StringBuilder().setLength(0);
  }
}
