package dev.testleak.spotbugs.samples.resource.perinstance;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.AfterEach;

/** Closes after each test the input its subclasses open. */
public abstract class ClosingInputBase {
  protected InputStream input;

  @AfterEach
  void closeInput() throws IOException {
    input.close();
  }
}
