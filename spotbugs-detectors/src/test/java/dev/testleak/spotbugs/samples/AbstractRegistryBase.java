package dev.testleak.spotbugs.samples;

import java.util.HashMap;
import java.util.Map;

public abstract class AbstractRegistryBase {
  protected static final Map<String, Object> REGISTRY = new HashMap<>();
}
