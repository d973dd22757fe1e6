package dev.testleak.testcases.thread.junit5;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Clean: the extension hands the server socket straight to the class's ExtensionContext.Store,
 * which closes AutoCloseable values when the class is done (JUnit 5.13+).
 */
public class SocketInStoreExtension implements BeforeAllCallback {
  static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SocketInStoreExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    context.getStore(NAMESPACE).put("socket", new ServerSocket(0));
  }
}
