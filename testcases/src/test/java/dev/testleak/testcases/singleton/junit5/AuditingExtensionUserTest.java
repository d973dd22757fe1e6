package dev.testleak.testcases.singleton.junit5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.testleak.testcases.singleton.EventBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Uses the leaky auditing extension; the finding is in the extension. */
class AuditingExtensionUserTest {
  @RegisterExtension final AuditingExtension auditing = new AuditingExtension();

  @Test
  void auditsOrder() {
    EventBus.getInstance().post("order-7");
    assertTrue(auditing.audited.contains("order-7"));
  }
}
