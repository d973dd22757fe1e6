package dev.testleak.testcases.oncehook.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A method merely named setUp, without a hook annotation, never runs: the transcript created once
 * in @BeforeAll still accumulates every test's lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamedSetUpIsNoHookTest {
  private StringBuilder transcript;

  @BeforeAll
  void openTranscript() {
    transcript = new StringBuilder(); // expect: OnceHookStateMutatedByTests
  }

  void setUp() {
    transcript.setLength(0);
  }

  @Test
  void greets() {
    transcript.append("hello");
    assertEquals("hello", transcript.toString());
  }

  @Test
  void waves() {
    transcript.append("bye");
    assertEquals("bye", transcript.toString());
  }
}
