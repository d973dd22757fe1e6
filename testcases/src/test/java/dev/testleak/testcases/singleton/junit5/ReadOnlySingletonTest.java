package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.testleak.testcases.singleton.FeatureFlags;
import dev.testleak.testcases.singleton.ServiceRegistry;
import dev.testleak.testcases.singleton.Settings;
import org.junit.jupiter.api.Test;

/** Clean: the tests only read the singletons' state. */
class ReadOnlySingletonTest {
  @Test
  void hasDefaults() {
    assertTrue(Settings.get().getPageSize() > 0);
    assertFalse(FeatureFlags.INSTANCE.isEnabled("never-set"));
    assertEquals(false, ServiceRegistry.INSTANCE.lookup("never-registered").isPresent());
  }
}
