package dev.testleak.testcases.exitregistry.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Table-driven tests: a for loop and a forEach lambda both register one deleteOnExit entry per row,
 * although @TempDir would delete the files anyway.
 */
class TableDrivenDeleteOnExitTest {
  @TempDir File dir;

  @Test
  void createsEveryReport() throws IOException {
    for (String name : List.of("daily", "weekly", "monthly")) {
      File report = new File(dir, name + ".csv");
      assertTrue(report.createNewFile());
      report.deleteOnExit(); // expect: ExitRegistryGrownPerInvocation
    }
  }

  @Test
  void marksEveryExport() {
    List.of("a.json", "b.json").forEach(name -> new File(dir, name).deleteOnExit()); // expect: ExitRegistryGrownPerInvocation
    assertTrue(dir.isDirectory());
  }
}
