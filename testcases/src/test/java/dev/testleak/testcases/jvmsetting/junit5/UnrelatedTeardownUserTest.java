package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/**
 * Replaces System.err and never puts it back; the inherited teardown (another file) restores no
 * setting (commons-dbcp2's TestPoolingDriver.testLogWriter shape). PMD cannot read a hook of another
 * file and assumes it restores.
 */
class UnrelatedTeardownUserTest extends UnrelatedTeardownBase {
  @Test
  void logsToAQuietErr() {
    System.setErr(new PrintStream(new ByteArrayOutputStream())); // expect: JvmSettingNotRestored !pmd:teardown-in-other-file
    assertEquals(0, opened.size());
  }
}
