package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clean: a concrete class fills its own static list once in @BeforeAll (once per class load, like a
 * static initializer) and the tests only read it.
 */
class BeforeAllFillsOwnFieldTest {
  private static final List<String> COUNTRIES = new ArrayList<>();

  @BeforeAll
  static void loadCountries() {
    COUNTRIES.add("DE");
    COUNTRIES.add("FR");
  }

  @Test
  void hasTwo() {
    assertEquals(2, COUNTRIES.size());
  }
}
