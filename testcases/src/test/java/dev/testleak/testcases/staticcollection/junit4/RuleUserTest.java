package dev.testleak.testcases.staticcollection.junit4;

import static org.junit.Assert.assertFalse;

import org.junit.Rule;
import org.junit.Test;

/** Uses both rules; it only reads their lists. */
public class RuleUserTest {
  @Rule public LeakyRegistryRule leaky = new LeakyRegistryRule();
  @Rule public CleanRegistryRule clean = new CleanRegistryRule();

  @Test
  public void registered() {
    assertFalse(LeakyRegistryRule.REGISTERED.isEmpty());
    assertFalse(CleanRegistryRule.REGISTERED.isEmpty());
  }
}
