package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mockStatic;

import dev.testleak.testcases.resource.IdGenerator;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.MockedStatic;

/** Clean: JUnit 5.11+ closes the @AutoClose static mock after every invocation. */
class AutoCloseMockedStaticTest {
  @AutoClose MockedStatic<IdGenerator> ids;

  @BeforeEach
  void mockIds() {
    ids = mockStatic(IdGenerator.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"id-1", "id-2"})
  void usesFixedId(String id) {
    ids.when(IdGenerator::next).thenReturn(id);
    assertEquals(id, IdGenerator.next());
  }
}
