package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import dev.testleak.testcases.resource.IdGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The MockedStatic handle is discarded, so the static mock stays registered on the thread and the
 * second case fails with "static mocking is already registered in the current thread". (Silencing
 * Error Prone's CheckReturnValue, as the author did here, does not silence testleak.)
 */
class MockStaticDiscardedTest {
  @ParameterizedTest
  @ValueSource(strings = {"id-1", "id-2"})
  @SuppressWarnings("CheckReturnValue")
  void usesFixedId(String id) {
    mockStatic(IdGenerator.class); // expect: ResourceLeakedPerInvocation
    when(IdGenerator.next()).thenReturn(id);
    assertEquals(id, IdGenerator.next());
  }
}
