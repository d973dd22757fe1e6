package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A per-test set-up hook that only grows it does not clear it; a lambda in a class-level hook runs later. */
public class BeforeAllLambdaLeak {
  static final List<String> NAMES = new ArrayList<>();
  static final List<Runnable> LATER = new ArrayList<>();
  static final List<String> GROWN_BEFORE_EACH = new ArrayList<>();

  @BeforeAll
  static void prepare() {
    LATER.add(() -> NAMES.add("x")); // BUG
  }

  @BeforeEach
  void grow() {
    GROWN_BEFORE_EACH.add("x"); // BUG
  }

  @Test
  void runs() {
    LATER.forEach(Runnable::run);
  }
}
