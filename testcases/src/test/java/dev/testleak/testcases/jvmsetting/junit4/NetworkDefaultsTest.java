package dev.testleak.testcases.jvmsetting.junit4;

import static org.junit.Assert.assertEquals;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import org.junit.Test;

/**
 * JUnit 4: the test installs a default proxy selector and authenticator for the whole JVM and puts
 * neither back.
 */
public class NetworkDefaultsTest {
  @Test
  public void routesThroughProxy() {
    ProxySelector.setDefault(ProxySelector.of(new InetSocketAddress("proxy.local", 3128))); // expect: JvmSettingNotRestored
    Authenticator.setDefault(new Authenticator() { // expect: JvmSettingNotRestored
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication("user", "secret".toCharArray());
      }
    });
    List<Proxy> proxies = ProxySelector.getDefault().select(URI.create("http://example.com"));
    SocketAddress address = proxies.get(0).address();
    assertEquals(3128, ((InetSocketAddress) address).getPort());
  }
}
