package dev.testleak.testcases.exitregistry.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.File;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each dynamic test's executable registers its temp file with deleteOnExit. */
class TestFactoryDeleteOnExitTest {
  @TestFactory
  Stream<DynamicTest> createsEachFormat() {
    return List.of("png", "jpg", "gif").stream()
        .map(format -> dynamicTest(format, () -> {
          File image = File.createTempFile("image", "." + format);
          image.deleteOnExit(); // expect: ExitRegistryGrownPerInvocation
          assertTrue(image.exists());
        }));
  }
}
