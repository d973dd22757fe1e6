package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clean: every case's stream goes into the field that the inherited @AfterEach closes. */
class ClosingBaseUserTest extends ClosingBase {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"x", "yy"})
  void reads(String content) throws IOException {
    input = Files.newInputStream(Files.writeString(dir.resolve("f"), content));
    assertEquals(content.length(), input.readAllBytes().length);
  }
}
