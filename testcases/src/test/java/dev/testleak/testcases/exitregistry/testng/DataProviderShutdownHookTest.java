package dev.testleak.testcases.exitregistry.testng;

import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** TestNG data provider: every row registers a shutdown hook that nothing removes. */
public class DataProviderShutdownHookTest {
  @DataProvider
  public Object[][] prefixes() {
    return new Object[][] {{"cache"}, {"index"}};
  }

  @Test(dataProvider = "prefixes")
  public void createsDirectory(String prefix) throws IOException {
    Path dir = Files.createTempDirectory(prefix);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> dir.toFile().delete())); // expect: ExitRegistryGrownPerInvocation
    assertTrue(Files.isDirectory(dir));
  }
}
