package dev.testleak.spotbugs.samples.resource.perinstance;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.rules.ExternalResource;

/** A JUnit 4 rule that binds a server socket when created and closes it after each test. */
public class ServerRule extends ExternalResource implements AutoCloseable {
  private final ServerSocket socket;

  public ServerRule() {
    try {
      socket = new ServerSocket(0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected void after() {
    close();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return socket.getLocalPort();
  }
}
