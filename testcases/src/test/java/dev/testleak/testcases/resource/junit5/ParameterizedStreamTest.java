package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every parameter set opens an input stream and never closes it: one file handle per case. */
class ParameterizedStreamTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"a.csv", "b.csv", "c.csv"})
  void readsHeader(String name) throws IOException {
    Path file = Files.writeString(dir.resolve(name), "id,name\n");
    InputStream in = Files.newInputStream(file); // expect: ResourceLeakedPerInvocation
    assertEquals("id,name\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
  }
}
