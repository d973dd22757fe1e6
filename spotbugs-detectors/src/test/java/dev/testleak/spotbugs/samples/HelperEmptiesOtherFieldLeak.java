package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A helper the growing method calls empties a different field: the grown one keeps its entries. */
public class HelperEmptiesOtherFieldLeak {
  private static final List<String> GROWN = new ArrayList<>();
  private static final List<String> OTHER = new ArrayList<>();

  private static void clearOther() {
    OTHER.clear();
  }

  @Test
  void growsOneEmptiesAnother() {
    clearOther();
    GROWN.add("a"); // BUG
    OTHER.add("b");
  }
}
