package dev.testleak.testcases.singleton.junit5;

import dev.testleak.testcases.singleton.EventBus;
import dev.testleak.testcases.singleton.OrderListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An extension that registers a new auditing listener before every test and has no afterEach: one
 * more listener stays on the bus per test.
 */
public class AuditingExtension implements BeforeEachCallback {
  final List<String> audited = new ArrayList<>();

  @Override
  public void beforeEach(ExtensionContext context) {
    OrderListener auditor = audited::add;
    EventBus.getInstance().register(auditor); // expect: SingletonStateNotRestored
  }
}
