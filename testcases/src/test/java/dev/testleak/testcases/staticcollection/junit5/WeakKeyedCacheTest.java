package dev.testleak.testcases.staticcollection.junit5;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.common.collect.MapMaker;
import java.util.Map;
import java.util.WeakHashMap;
import org.junit.jupiter.api.Test;

/** Clean: weak-keyed maps drop an entry once its key is unreachable. */
class WeakKeyedCacheTest {
  private static final Map<Object, String> LABELS = new WeakHashMap<>();
  private static final Map<Object, String> TAGS = new MapMaker().weakKeys().makeMap();

  @Test
  void labels() {
    Object key = new Object();
    LABELS.put(key, "label");
    TAGS.put(key, "tag");
    assertNotNull(LABELS.get(key));
  }
}
