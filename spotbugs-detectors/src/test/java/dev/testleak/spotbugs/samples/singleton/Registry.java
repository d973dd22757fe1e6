package dev.testleak.spotbugs.samples.singleton;

import java.util.ArrayList;
import java.util.List;

/** A lazy singleton with a registry API. */
public final class Registry {
  private static Registry instance;
  private final List<Object> listeners = new ArrayList<>();
  private String mode = "default";

  private Registry() {}

  public static Registry getInstance() {
    if (instance == null) {
      instance = new Registry();
    }
    return instance;
  }

  public void register(Object listener) {
    listeners.add(listener);
  }

  public void unregister(Object listener) {
    listeners.remove(listener);
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String mode() {
    return mode;
  }

  public void settle() {}
}
