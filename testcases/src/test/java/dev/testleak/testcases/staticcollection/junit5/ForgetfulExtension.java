package dev.testleak.testcases.staticcollection.junit5;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Clean: the extension's own afterEach callback empties what beforeEach recorded. */
public class ForgetfulExtension implements BeforeEachCallback, AfterEachCallback {
  static final List<String> CURRENT = new ArrayList<>();

  @Override
  public void beforeEach(ExtensionContext context) {
    CURRENT.add(context.getUniqueId());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    CURRENT.clear();
  }
}
