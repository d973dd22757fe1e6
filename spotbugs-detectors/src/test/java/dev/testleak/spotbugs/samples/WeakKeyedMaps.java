package dev.testleak.spotbugs.samples;

import com.google.common.collect.MapMaker;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

public class WeakKeyedMaps {
  static final Map<Object, String> WEAK = new WeakHashMap<>();
  static final WeakHashMap<Object, String> WEAK_TYPED = new WeakHashMap<>();
  static final ConcurrentMap<Object, String> MAKER = new MapMaker().weakKeys().makeMap();

  @Test
  void grows() {
    WEAK.put(new Object(), "a");
    WEAK_TYPED.put(new Object(), "a");
    MAKER.put(new Object(), "a");
  }
}
