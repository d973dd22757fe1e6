package dev.testleak.testcases.exitregistry.testng;

import static org.testng.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import org.testng.annotations.Test;

/** TestNG invocationCount: each of the three invocations adds a deleteOnExit entry. */
public class InvocationCountDeleteOnExitTest {
  @Test(invocationCount = 3)
  public void createsLockFile() throws IOException {
    File lock = File.createTempFile("app", ".lock");
    lock.deleteOnExit(); // expect: ExitRegistryGrownPerInvocation
    assertTrue(lock.canWrite());
  }
}
