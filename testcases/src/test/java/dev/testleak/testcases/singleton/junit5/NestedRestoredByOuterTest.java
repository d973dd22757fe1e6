package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.testleak.testcases.singleton.ServiceRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Clean: the enclosing class's @AfterEach removes the service a @Nested test puts. */
class NestedRestoredByOuterTest {
  @AfterEach
  void removeMailer() {
    ServiceRegistry.INSTANCE.removeService("mailer");
  }

  @Nested
  class WithFakeMailer {
    @Test
    void findsMailer() {
      ServiceRegistry.INSTANCE.putService("mailer", new Object());
      assertTrue(ServiceRegistry.INSTANCE.lookup("mailer").isPresent());
    }
  }
}
