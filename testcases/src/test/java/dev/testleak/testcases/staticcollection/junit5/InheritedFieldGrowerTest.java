package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Grows the static list it inherits. The inherited teardown does not clear it: Error Prone and
 * SpotBugs read that teardown's body; PMD, one file at a time, cannot and stays silent.
 */
class InheritedFieldGrowerTest extends InheritedFieldBase {
  @Test
  void logs() {
    EVENTS.add("logged"); // expect: StaticCollectionNeverCleared !pmd:teardown-in-other-file
    counter++;
    assertTrue(EVENTS.contains("logged"));
  }
}
