package dev.testleak.testcases.resource.junit5;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.AfterEach;

/** A base class whose inherited @AfterEach closes the subclass's input through a helper. */
abstract class ClosingBase {
  protected InputStream input;

  @AfterEach
  void release() throws IOException {
    closeInput();
  }

  private void closeInput() throws IOException {
    if (input != null) {
      input.close();
    }
  }
}
