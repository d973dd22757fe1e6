package dev.testleak.testcases.singleton.testng;

import static org.testng.Assert.assertTrue;

import dev.testleak.testcases.singleton.ServiceRegistry;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Clean: TestNG @AfterMethod removes the service @BeforeMethod put into the registry. */
public class TestNGRegistryAfterMethodTest {
  @BeforeMethod
  public void putFakeGateway() {
    ServiceRegistry.INSTANCE.putService("gateway", new Object());
  }

  @AfterMethod
  public void removeFakeGateway() {
    ServiceRegistry.INSTANCE.removeService("gateway");
  }

  @Test
  public void findsGateway() {
    assertTrue(ServiceRegistry.INSTANCE.lookup("gateway").isPresent());
  }
}
