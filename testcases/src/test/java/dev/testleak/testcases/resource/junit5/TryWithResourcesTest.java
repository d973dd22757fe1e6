package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mockStatic;

import dev.testleak.testcases.resource.IdGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.MockedStatic;

/** Clean: both the stream and the static mock are opened in try-with-resources in every case. */
class TryWithResourcesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"a.csv", "b.csv"})
  void readsHeader(String name) throws IOException {
    Path file = Files.writeString(dir.resolve(name), "id");
    try (InputStream in = Files.newInputStream(file)) {
      assertEquals(2, in.readAllBytes().length);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"id-1", "id-2"})
  void usesFixedId(String id) {
    try (MockedStatic<IdGenerator> ids = mockStatic(IdGenerator.class)) {
      ids.when(IdGenerator::next).thenReturn(id);
      assertEquals(id, IdGenerator.next());
    }
  }
}
