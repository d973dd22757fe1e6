package dev.testleak.testcases.resource.testng;

import static org.testng.Assert.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** Clean: every data-provider row closes its reader in finally. */
public class DataProviderFinallyTest {
  @DataProvider
  public Object[][] lines() {
    return new Object[][] {{"first"}, {"second"}};
  }

  @Test(dataProvider = "lines")
  public void readsLine(String line) throws IOException {
    Path file = Files.createTempFile("row", ".txt");
    Files.writeString(file, line);
    BufferedReader reader = Files.newBufferedReader(file);
    try {
      assertEquals(reader.readLine(), line);
    } finally {
      reader.close();
      Files.delete(file);
    }
  }
}
