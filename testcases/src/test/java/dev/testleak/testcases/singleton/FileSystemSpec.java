package dev.testleak.testcases.singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * A builder whose static factories return a fresh builder per call: a static, parameterless method
 * returning its own class, but no singleton (no static field keeps an instance).
 */
public final class FileSystemSpec {
  private final List<String> users = new ArrayList<>();

  private FileSystemSpec() {}

  public static FileSystemSpec newLinux() {
    return new FileSystemSpec();
  }

  public FileSystemSpec addUser(String user) {
    users.add(user);
    return this;
  }

  public int userCount() {
    return users.size();
  }
}
