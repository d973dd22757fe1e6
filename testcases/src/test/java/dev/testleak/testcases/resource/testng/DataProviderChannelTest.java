package dev.testleak.testcases.resource.testng;

import static org.testng.Assert.assertEquals;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** TestNG data provider: every row opens a file channel and never closes it. */
public class DataProviderChannelTest {
  @DataProvider
  public Object[][] sizes() {
    return new Object[][] {{3}, {5}};
  }

  @Test(dataProvider = "sizes")
  public void measures(int size) throws IOException {
    Path file = Files.createTempFile("channel", ".bin");
    Files.write(file, new byte[size]);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ); // expect: ResourceLeakedPerInvocation
    assertEquals(channel.size(), size);
    Files.delete(file);
  }
}
