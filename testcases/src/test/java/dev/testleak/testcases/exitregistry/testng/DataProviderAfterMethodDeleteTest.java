package dev.testleak.testcases.exitregistry.testng;

import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** Clean: TestNG @AfterMethod deletes the file each data-provider row created. */
public class DataProviderAfterMethodDeleteTest {
  private Path file;

  @DataProvider
  public Object[][] suffixes() {
    return new Object[][] {{".csv"}, {".tsv"}};
  }

  @Test(dataProvider = "suffixes")
  public void creates(String suffix) throws IOException {
    file = Files.createTempFile("export", suffix);
    assertTrue(Files.exists(file));
  }

  @AfterMethod
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }
}
