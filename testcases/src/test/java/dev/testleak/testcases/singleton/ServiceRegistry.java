package dev.testleak.testcases.singleton;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A service locator published as a public INSTANCE constant. */
public final class ServiceRegistry {
  public static final ServiceRegistry INSTANCE = new ServiceRegistry();

  private final Map<String, Object> services = new ConcurrentHashMap<>();

  private ServiceRegistry() {}

  public void putService(String name, Object service) {
    services.put(name, service);
  }

  public void removeService(String name) {
    services.remove(name);
  }

  public Optional<Object> lookup(String name) {
    return Optional.ofNullable(services.get(name));
  }
}
