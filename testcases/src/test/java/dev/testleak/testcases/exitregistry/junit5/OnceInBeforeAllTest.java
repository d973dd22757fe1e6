package dev.testleak.testcases.exitregistry.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean: the shared fixture file is registered once per class in @BeforeAll, which is not a
 * per-invocation context even in a class with parameterized tests.
 */
class OnceInBeforeAllTest {
  static File fixture;

  @BeforeAll
  static void createFixture() throws IOException {
    fixture = File.createTempFile("fixture", ".db");
    fixture.deleteOnExit();
  }

  @ParameterizedTest
  @ValueSource(strings = {"r", "w"})
  void canAccess(String mode) {
    assertTrue(mode.equals("r") ? fixture.canRead() : fixture.canWrite());
  }
}
