package dev.testleak.spotbugs.samples.thread;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.rules.ExternalResource;

/** A JUnit 4 rule that closes in after() what before() bound. */
public class ThreadJunit4RuleClean extends ExternalResource {
  private ServerSocket socket;

  @Override
  protected void before() throws IOException {
    socket = new ServerSocket(0);
  }

  @Override
  protected void after() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
