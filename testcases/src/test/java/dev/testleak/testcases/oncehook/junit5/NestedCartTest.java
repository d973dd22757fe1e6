package dev.testleak.testcases.oncehook.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A @Nested class with its own PER_CLASS lifecycle fills its cart in @BeforeAll; both of its tests
 * then add to the same cart.
 */
class NestedCartTest {
  @Test
  void emptyCartCostsNothing() {
    assertEquals(0, new ArrayList<String>().size());
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WithOneItem {
    private List<String> cart;

    @BeforeAll
    void createCart() {
      cart = new ArrayList<>(); // expect: OnceHookStateMutatedByTests
    }

    @Test
    void addsBook() {
      cart.add("book");
      assertEquals(1, cart.size());
    }

    @Test
    void addsPen() {
      cart.add("pen");
      assertEquals(1, cart.size());
    }
  }
}
