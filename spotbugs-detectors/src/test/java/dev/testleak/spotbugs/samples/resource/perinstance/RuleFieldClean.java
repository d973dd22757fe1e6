package dev.testleak.spotbugs.samples.resource.perinstance;

import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** JUnit 4 applies the @Rule around every test, and the rule closes its socket after each. */
@RunWith(Parameterized.class)
public class RuleFieldClean {
  @Rule public final ServerRule server = new ServerRule();
  private final int expected;

  public RuleFieldClean(int expected) {
    this.expected = expected;
  }

  @Parameters
  public static List<Object[]> values() {
    return List.of(new Object[] {1}, new Object[] {2});
  }

  @Test
  public void binds() {
    if (server.port() == expected) {
      throw new AssertionError();
    }
  }
}
