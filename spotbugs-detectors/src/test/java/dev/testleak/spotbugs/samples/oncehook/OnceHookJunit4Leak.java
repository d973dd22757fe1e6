package dev.testleak.spotbugs.samples.oncehook;

import java.util.HashSet;
import org.junit.BeforeClass;
import org.junit.Test;

/** JUnit 4: the superclass's static field, assigned in @BeforeClass, grown through an inherited helper. */
public class OnceHookJunit4Leak extends OnceHookJunit4Base {
  @BeforeClass
  public static void createSeen() {
    seen = new HashSet<>(); // BUG
  }

  @Test
  public void remembers() {
    remember("a");
  }
}
