package dev.testleak.spotbugs.samples;

import com.google.common.collect.MapMaker;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

public class StrongMapMakerLeak {
  static final ConcurrentMap<Object, String> MAKER = new MapMaker().concurrencyLevel(2).makeMap();

  @Test
  void grows() {
    MAKER.put(new Object(), "a"); // BUG
  }
}
