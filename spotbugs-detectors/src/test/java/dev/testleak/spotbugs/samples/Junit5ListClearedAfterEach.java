package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

public class Junit5ListClearedAfterEach {
  private static final List<String> CREATED = new ArrayList<>();

  @AfterEach
  void forgetCreatedOrders() {
    CREATED.clear();
  }

  @Test
  void createsOrder() {
    CREATED.add("book");
  }
}
