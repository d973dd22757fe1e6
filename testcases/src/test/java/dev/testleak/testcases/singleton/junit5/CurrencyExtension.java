package dev.testleak.testcases.singleton.junit5;

import dev.testleak.testcases.singleton.Settings;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Clean: a save-and-restore extension in the style of JUnit Pioneer; afterEach sets the saved
 * currency back on the singleton.
 */
public class CurrencyExtension implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CurrencyExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NAMESPACE).put("previous", Settings.get().getCurrency());
    context.getTestMethod()
        .map(method -> method.getAnnotation(UseCurrency.class))
        .ifPresent(currency -> Settings.get().setCurrency(currency.value()));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    String previous = context.getStore(NAMESPACE).get("previous", String.class);
    Settings.get().setCurrency(previous);
  }
}
