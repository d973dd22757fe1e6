package dev.testleak.testcases.oncehook.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Under @TestInstance(PER_CLASS) the one instance, and so its stock map, lives for the whole class:
 * every parameter set and every test puts into the map the instance @BeforeAll created.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerClassStockTest {
  private Map<String, Integer> stock;

  @BeforeAll
  void createStock() {
    stock = new HashMap<>(); // expect: OnceHookStateMutatedByTests
  }

  @ParameterizedTest
  @ValueSource(strings = {"book", "pen", "lamp"})
  void receives(String item) {
    stock.merge(item, 1, Integer::sum);
    assertEquals(1, stock.get(item));
  }

  @Test
  void sellsOut() {
    stock.put("book", 0);
    assertEquals(0, stock.get("book"));
  }
}
