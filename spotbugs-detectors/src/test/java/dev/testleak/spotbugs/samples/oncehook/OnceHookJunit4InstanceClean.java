package dev.testleak.spotbugs.samples.oncehook;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A per-method JUnit 5 class: an instance field is re-created per test (whatever hook assigns it). */
public class OnceHookJunit4InstanceClean {
  List<String> names = new ArrayList<>();
  static List<String> filledNotChanged;

  @BeforeAll
  static void fill() {
    filledNotChanged = new ArrayList<>();
    filledNotChanged.add("only here");
  }

  @Test
  void addsToInstanceField() {
    names.add("a");
    filledNotChanged.contains("a");
  }
}
