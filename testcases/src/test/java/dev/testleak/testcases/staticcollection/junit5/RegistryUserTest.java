package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Uses the leaky base class; it does not grow the list itself, so the finding is in the base. */
class RegistryUserTest extends AbstractRegistryTestBase {
  @Test
  void registered() {
    assertFalse(REGISTERED_CLASSES.isEmpty());
  }
}
