package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The lambda is created by the static initializer but runs whenever a test calls it. */
public class StaticLambdaLeak {
  static final List<String> NAMES = new ArrayList<>();
  static final Consumer<String> RECORD = name -> NAMES.add(name); // BUG

  @Test
  void records() {
    RECORD.accept("a");
  }
}
