package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.BufferedReader;
import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each dynamic test opens a reader on its file and never closes it; the file reader is handed on to
 * the buffered reader, so the one finding is on the outer constructor.
 */
class TestFactoryReaderTest {
  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> readsEveryFixture() {
    return Stream.of("orders.txt", "invoices.txt")
        .map(name -> dynamicTest(name, () -> {
          Path file = Files.writeString(dir.resolve(name), "first line\n");
          BufferedReader reader = new BufferedReader(new FileReader(file.toFile())); // expect: ResourceLeakedPerInvocation
          assertEquals("first line", reader.readLine());
        }));
  }
}
