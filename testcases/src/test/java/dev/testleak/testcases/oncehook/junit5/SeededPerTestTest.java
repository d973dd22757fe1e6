package dev.testleak.testcases.oncehook.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Clean: @BeforeEach hands the shared price map to a helper that re-seeds it before every test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeededPerTestTest {
  private Map<String, Long> prices;

  @BeforeAll
  void createPrices() {
    prices = new HashMap<>();
  }

  @BeforeEach
  void seed() {
    seedDefaults(prices);
  }

  private static void seedDefaults(Map<String, Long> target) {
    target.clear();
    target.put("book", 1200L);
  }

  @Test
  void raisesPrice() {
    prices.put("book", 1500L);
    assertEquals(1500L, prices.get("book"));
  }

  @Test
  void keepsDefault() {
    assertEquals(1200L, prices.get("book"));
  }
}
