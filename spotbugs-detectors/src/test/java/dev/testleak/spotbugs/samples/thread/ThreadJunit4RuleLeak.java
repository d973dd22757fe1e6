package dev.testleak.spotbugs.samples.thread;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.rules.ExternalResource;

/** A JUnit 4 rule whose before() binds a port that after() never closes. */
public class ThreadJunit4RuleLeak extends ExternalResource {
  private ServerSocket socket;

  @Override
  protected void before() throws IOException {
    socket = new ServerSocket(0); // BUG
  }

  @Override
  protected void after() {
    socket.isBound();
  }
}
