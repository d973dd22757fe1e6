package dev.testleak.testcases.jvmsetting.junit5;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Clean: a save-and-restore extension in the style of JUnit Pioneer's @SetSystemProperty. It keeps
 * the previous value in the test's ExtensionContext.Store and restores it in afterEach.
 */
public class SystemPropertyExtension implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SystemPropertyExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    annotation(context).ifPresent(property -> {
      ExtensionContext.Store store = context.getStore(NAMESPACE);
      store.put("key", property.key());
      store.put("previous", Optional.ofNullable(System.getProperty(property.key())));
      System.setProperty(property.key(), property.value());
    });
  }

  @Override
  @SuppressWarnings("unchecked")
  public void afterEach(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    String key = store.get("key", String.class);
    if (key == null) {
      return;
    }
    Optional<String> previous = store.get("previous", Optional.class);
    if (previous.isPresent()) {
      System.setProperty(key, previous.get());
    } else {
      System.clearProperty(key);
    }
  }

  private static Optional<WithSystemProperty> annotation(ExtensionContext context) {
    return context.getTestMethod().map(method -> method.getAnnotation(WithSystemProperty.class));
  }
}
