package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clean: the shared list is intentional and suppressed on the field, for each engine. */
class SuppressedOnFieldTest {
  @SuppressWarnings({"StaticCollectionNeverCleared", "PMD.StaticCollectionNeverCleared"})
  @SuppressFBWarnings(value = "StaticCollectionNeverCleared", justification = "bounded by the suite size")
  private static final List<String> AUDIT = new ArrayList<>();

  @Test
  void audits() {
    AUDIT.add("audited");
    assertTrue(AUDIT.contains("audited"));
  }
}
