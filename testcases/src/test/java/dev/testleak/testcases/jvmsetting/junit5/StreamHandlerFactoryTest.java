package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The URL stream handler factory can be set only once per JVM and never restored: every later class
 * that tries to set it fails, so it is always reported.
 */
class StreamHandlerFactoryTest {
  @BeforeAll
  static void installClasspathProtocol() {
    URL.setURLStreamHandlerFactory(protocol -> "classpath".equals(protocol) ? new URLStreamHandler() { // expect: JvmSettingNotRestored
      @Override
      protected URLConnection openConnection(URL url) {
        throw new UnsupportedOperationException(url.toString());
      }
    } : null);
  }

  @Test
  void parsesClasspathUrl() throws MalformedURLException {
    assertEquals("classpath", new URL("classpath:/app.properties").getProtocol());
  }
}
