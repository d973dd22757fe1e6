package dev.testleak.spotbugs.samples;

import org.junit.jupiter.api.Test;

public class SubclassOfSuppressedField extends AbstractSuppressedFieldBase {
  @Test
  void shares() {
    SHARED.put("a", new Object());
  }
}
