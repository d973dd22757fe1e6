package dev.testleak.testcases.resource;

import java.util.UUID;

/** A static id source that the resource cases replace with Mockito.mockStatic. */
public final class IdGenerator {
  private IdGenerator() {}

  public static String next() {
    return UUID.randomUUID().toString();
  }
}
