package dev.testleak.testcases.oncehook.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Clean: the map is shared on purpose, and @BeforeEach empties it before every test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerClassStockResetTest {
  private Map<String, Integer> stock;

  @BeforeAll
  void createStock() {
    stock = new HashMap<>();
  }

  @BeforeEach
  void emptyStock() {
    stock.clear();
  }

  @Test
  void receivesBook() {
    stock.put("book", 1);
    assertEquals(1, stock.size());
  }

  @Test
  void receivesPen() {
    stock.put("pen", 1);
    assertEquals(1, stock.size());
  }
}
