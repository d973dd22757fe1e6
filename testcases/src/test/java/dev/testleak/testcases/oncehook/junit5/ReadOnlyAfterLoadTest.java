package dev.testleak.testcases.oncehook.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clean: the list is mutable by type, but only @BeforeAll fills it; the tests only read it, so every
 * test sees the same two countries.
 */
class ReadOnlyAfterLoadTest {
  static List<String> countries;

  @BeforeAll
  static void loadCountries() {
    countries = new ArrayList<>();
    countries.add("DE");
    countries.add("FR");
  }

  @Test
  void hasTwo() {
    assertEquals(2, countries.size());
  }

  @Test
  void hasFrance() {
    assertTrue(countries.contains("FR"));
  }
}
