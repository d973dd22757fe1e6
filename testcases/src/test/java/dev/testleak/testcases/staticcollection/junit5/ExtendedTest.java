package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Uses both extensions; it only reads their lists. */
@ExtendWith({RecordingExtension.class, ForgetfulExtension.class})
class ExtendedTest {
  @Test
  void seen() {
    assertFalse(RecordingExtension.SEEN_TESTS.isEmpty());
    assertFalse(ForgetfulExtension.CURRENT.isEmpty());
  }
}
