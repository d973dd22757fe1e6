package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Emptying a different field in the growing method does not count, nor does emptying the field in
 * the method a lambda is written in: the lambda body is a method of its own and runs later.
 */
public class EmptiedOtherFieldInSameMethodLeak {
  private static final List<String> GROWN = new ArrayList<>();
  private static final List<String> OTHER = new ArrayList<>();
  private static final List<String> DEFERRED = new ArrayList<>();

  @Test
  void growsOneEmptiesAnother() {
    OTHER.clear();
    GROWN.add("a"); // BUG
    OTHER.add("b");
  }

  @Test
  void defers() {
    DEFERRED.clear();
    Runnable later = () -> DEFERRED.add("x"); // BUG
    later.run();
  }
}
