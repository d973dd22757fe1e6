package dev.testleak.testcases.thread.junit4;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Clean: @AfterClass hands the server socket to a helper that closes it. */
public class AfterClassClosesQuietlyTest {
  private static ServerSocket socket;

  @BeforeClass
  public static void bind() throws IOException {
    socket = new ServerSocket(0);
  }

  @AfterClass
  public static void unbind() {
    closeQuietly(socket);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // nothing left to do in teardown
    }
  }

  @Test
  public void isBound() {
    assertTrue(socket.isBound());
  }
}
