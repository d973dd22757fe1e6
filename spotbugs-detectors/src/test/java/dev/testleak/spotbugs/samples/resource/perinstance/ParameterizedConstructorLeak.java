package dev.testleak.spotbugs.samples.resource.perinstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * JUnit 4 Parameterized creates an instance per parameter set; its constructor binds a socket nobody
 * closes, and a rule that is no @Rule field is never applied, so nothing closes its socket either.
 */
@RunWith(Parameterized.class)
public class ParameterizedConstructorLeak {
  private final ServerSocket server;
  private final ServerRule notARule = new ServerRule(); // BUG

  public ParameterizedConstructorLeak(int backlog) throws IOException {
    server = new ServerSocket(0, backlog); // BUG
  }

  @Parameters
  public static List<Object[]> backlogs() {
    return List.of(new Object[] {1}, new Object[] {50});
  }

  @Test
  public void binds() {
    server.getLocalPort();
    notARule.port();
  }
}
