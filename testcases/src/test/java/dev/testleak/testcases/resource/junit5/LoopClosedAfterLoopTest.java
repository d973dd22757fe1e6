package dev.testleak.testcases.resource.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table-driven test opens one stream per row and keeps them all in a list declared outside the
 * loop: they are closed only after the loop, so all rows' handles are open at once.
 */
class LoopClosedAfterLoopTest {
  @TempDir Path dir;

  @Test
  void readsAllRows() throws IOException {
    List<InputStream> opened = new ArrayList<>();
    for (String row : List.of("one", "two", "three")) {
      File file = Files.writeString(dir.resolve(row), row).toFile();
      InputStream in = new FileInputStream(file); // expect: ResourceLeakedPerInvocation
      opened.add(in);
      assertEquals(row.length(), in.readAllBytes().length);
    }
    for (InputStream in : opened) {
      in.close();
    }
  }
}
