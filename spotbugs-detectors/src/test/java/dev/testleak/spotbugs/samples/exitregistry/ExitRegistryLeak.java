package dev.testleak.spotbugs.samples.exitregistry;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.testng.annotations.Test;

/** Exit registrations once per invocation: a data-provider test, an invocationCount test, a loop. */
public class ExitRegistryLeak {
  @Test(dataProvider = "sizes")
  public void deletesOnExit(int size) throws IOException {
    File.createTempFile("out", ".bin").deleteOnExit(); // BUG
  }

  @Test(invocationCount = 3)
  public void addsAHookEveryTime() {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {})); // BUG
  }

  @Test
  public void deletesOnExitInALoop() throws IOException {
    for (String name : List.of("a", "b")) {
      File file = File.createTempFile(name, ".tmp");
      file.deleteOnExit(); // BUG
    }
  }
}
