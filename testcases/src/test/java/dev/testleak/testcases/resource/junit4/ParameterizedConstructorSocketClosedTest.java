package dev.testleak.testcases.resource.junit4;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Collection;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Clean: the server socket each parameter set's constructor binds is closed by @After.
 */
@RunWith(Parameterized.class)
public class ParameterizedConstructorSocketClosedTest {
  private final ServerSocket server;

  public ParameterizedConstructorSocketClosedTest(int backlog) throws IOException {
    this.server = new ServerSocket(0, backlog);
  }

  @Parameters
  public static Collection<Object[]> backlogs() {
    return Arrays.asList(new Object[][] {{1}, {50}});
  }

  @After
  public void closeServer() throws IOException {
    server.close();
  }

  @Test
  public void binds() {
    assertTrue(server.getLocalPort() > 0);
  }
}
