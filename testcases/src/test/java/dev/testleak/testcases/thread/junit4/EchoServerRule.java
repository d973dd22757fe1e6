package dev.testleak.testcases.thread.junit4;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.junit.rules.ExternalResource;

/** Clean: a JUnit 4 ExternalResource that starts an HTTP server in before() and stops it in after(). */
public class EchoServerRule extends ExternalResource {
  private HttpServer server;

  @Override
  protected void before() throws IOException {
    server = HttpServer.create(new InetSocketAddress(0), 0);
    server.createContext("/echo", exchange -> exchange.sendResponseHeaders(200, -1));
    server.start();
  }

  @Override
  protected void after() {
    server.stop(0);
  }

  public int port() {
    return server.getAddress().getPort();
  }
}
