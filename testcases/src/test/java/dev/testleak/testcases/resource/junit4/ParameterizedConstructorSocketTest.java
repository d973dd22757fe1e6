package dev.testleak.testcases.resource.junit4;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Leaky: JUnit 4 Parameterized creates an instance per parameter set, and each constructor binds a
 * server socket that nothing closes: one bound port per parameter set until the fork exits.
 */
@RunWith(Parameterized.class)
public class ParameterizedConstructorSocketTest {
  private final ServerSocket server;

  public ParameterizedConstructorSocketTest(int backlog) throws IOException {
    this.server = new ServerSocket(0, backlog); // expect: ResourceLeakedPerInvocation
  }

  @Parameters
  public static Collection<Object[]> backlogs() {
    return Arrays.asList(new Object[][] {{1}, {50}});
  }

  @Test
  public void binds() {
    assertTrue(server.getLocalPort() > 0);
  }
}
