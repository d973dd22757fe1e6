package dev.testleak.spotbugs.samples;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.HashMap;
import java.util.Map;

public abstract class AbstractSuppressedFieldBase {
  @SuppressFBWarnings(value = "StaticCollectionNeverCleared", justification = "shared on purpose")
  protected static final Map<String, Object> SHARED = new HashMap<>();
}
