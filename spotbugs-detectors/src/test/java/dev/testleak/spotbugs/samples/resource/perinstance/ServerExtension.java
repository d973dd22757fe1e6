package dev.testleak.spotbugs.samples.resource.perinstance;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A JUnit 5 extension that binds a server socket when created and closes it after each test. */
public class ServerExtension implements AfterEachCallback, AutoCloseable {
  private final ServerSocket socket;

  public ServerExtension() {
    try {
      socket = new ServerSocket(0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    close();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  public int port() {
    return socket.getLocalPort();
  }
}
