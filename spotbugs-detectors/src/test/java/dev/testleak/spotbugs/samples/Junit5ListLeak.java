package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class Junit5ListLeak {
  private static final List<String> CREATED = new ArrayList<>();

  @Test
  void createsOrder() {
    CREATED.add("book"); // BUG
    CREATED.add("pen");
  }

  @Test
  void createsAnother() {
    CREATED.add("cup");
  }
}
