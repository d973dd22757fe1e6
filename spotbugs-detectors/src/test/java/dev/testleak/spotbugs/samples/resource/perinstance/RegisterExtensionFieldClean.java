package dev.testleak.spotbugs.samples.resource.perinstance;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JUnit 5 calls the registered extension after each case, and it closes its socket then. */
public class RegisterExtensionFieldClean {
  @RegisterExtension final ServerExtension server = new ServerExtension();

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void binds(int n) {
    if (server.port() == n) {
      throw new AssertionError();
    }
  }
}
