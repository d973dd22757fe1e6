package dev.testleak.testcases.exitregistry.testng;

import static org.testng.Assert.assertTrue;

import org.testng.annotations.AfterMethod;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** Clean: each row's shutdown hook is kept in a field and removed by TestNG @AfterMethod. */
public class HookRemovedAfterMethodTest {
  private Thread hook;

  @DataProvider
  public Object[][] names() {
    return new Object[][] {{"first"}, {"second"}};
  }

  @Test(dataProvider = "names")
  public void registers(String name) {
    hook = new Thread(() -> System.out.flush(), name);
    Runtime.getRuntime().addShutdownHook(hook);
    assertTrue(hook.getName().equals(name));
  }

  @AfterMethod
  public void removeHook() {
    Runtime.getRuntime().removeShutdownHook(hook);
  }
}
