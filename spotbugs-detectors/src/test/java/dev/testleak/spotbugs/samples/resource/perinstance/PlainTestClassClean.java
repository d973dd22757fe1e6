package dev.testleak.spotbugs.samples.resource.perinstance;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * No per-invocation tests: each instance serves one run of one test method, so what its field
 * initializer opens is not opened once per invocation of a many-times-run test; not this rule's.
 */
public class PlainTestClassClean {
  private final InputStream input = new FileInputStream("input");

  public PlainTestClassClean() throws IOException {}

  @Test
  void reads() throws IOException {
    input.read();
  }
}
