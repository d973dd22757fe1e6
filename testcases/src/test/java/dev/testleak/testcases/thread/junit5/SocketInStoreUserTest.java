package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Clean: uses the socket its extension stored; JUnit closes it with the class's store. */
@ExtendWith(SocketInStoreExtension.class)
class SocketInStoreUserTest {
  @Test
  void isBound(ExtensionContext context) {
    ServerSocket socket =
        context.getParent().orElseThrow()
            .getStore(SocketInStoreExtension.NAMESPACE).get("socket", ServerSocket.class);
    assertTrue(socket.isBound());
  }
}
