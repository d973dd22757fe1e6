package dev.testleak.testcases.thread.junit4;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.BeforeClass;
import org.junit.Test;

/** JUnit 4: the server socket bound in @BeforeClass is never closed, so its port stays taken. */
public class ServerSocketBeforeClassTest {
  private static ServerSocket socket;

  @BeforeClass
  public static void bind() throws IOException {
    socket = new ServerSocket(0); // expect: ThreadOrServerNeverStopped
  }

  @Test
  public void isBound() {
    assertTrue(socket.isBound());
  }
}
