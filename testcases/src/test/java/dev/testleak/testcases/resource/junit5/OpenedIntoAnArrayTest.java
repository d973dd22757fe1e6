package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean: every invocation holds several sockets at once, opened in a loop into an array, and closes
 * them all after the loop (commons-dbcp2's pool-exhaustion tests open the pool's maximum of
 * connections this way). What an array holds is not followed: storing into it counts as handing on.
 */
class OpenedIntoAnArrayTest {
  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void holdsSeveralSocketsAtOnce(int count) throws IOException {
    ServerSocket[] sockets = new ServerSocket[count];
    for (int i = 0; i < count; i++) {
      sockets[i] = new ServerSocket(0);
    }
    for (ServerSocket socket : sockets) {
      assertNotEquals(0, socket.getLocalPort());
      socket.close();
    }
  }
}
