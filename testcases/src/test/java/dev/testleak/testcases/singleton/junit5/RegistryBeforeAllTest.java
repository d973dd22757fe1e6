package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.testleak.testcases.singleton.ServiceRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * @BeforeAll puts a fixed clock into the public INSTANCE registry and no @AfterAll removes it: later
 * classes get this class's clock.
 */
class RegistryBeforeAllTest {
  @BeforeAll
  static void fixClock() {
    ServiceRegistry.INSTANCE.putService("clock", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)); // expect: SingletonStateNotRestored
  }

  @Test
  void hasClock() {
    assertTrue(ServiceRegistry.INSTANCE.lookup("clock").isPresent());
  }
}
