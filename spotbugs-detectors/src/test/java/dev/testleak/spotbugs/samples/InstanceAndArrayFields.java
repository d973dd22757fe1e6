package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class InstanceAndArrayFields {
  private final List<String> created = new ArrayList<>();
  private static final String[] SLOTS = new String[4];
  private static final Object NOT_A_COLLECTION = new Object();

  @Test
  void grows() {
    created.add("a");
    SLOTS[0] = "a";
    NOT_A_COLLECTION.toString();
  }
}
