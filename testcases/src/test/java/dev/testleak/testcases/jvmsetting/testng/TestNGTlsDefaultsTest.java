package dev.testleak.testcases.jvmsetting.testng;

import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;

import javax.net.ssl.HttpsURLConnection;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * TestNG: @BeforeClass trusts every host name for the whole JVM, and a test clears the proxy host
 * property; neither is restored.
 */
public class TestNGTlsDefaultsTest {
  @BeforeClass
  public void trustAllHosts() {
    HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true); // expect: JvmSettingNotRestored
  }

  @Test
  public void connectsDirectly() {
    System.clearProperty("https.proxyHost"); // expect: JvmSettingNotRestored
    assertNull(System.getProperty("https.proxyHost"));
    assertTrue(HttpsURLConnection.getDefaultHostnameVerifier().verify("example.com", null));
  }
}
