package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

public class MutableNonFinalFactoryLeak {
  static final List<String> SYNCHRONIZED = Collections.synchronizedList(new ArrayList<>());

  @Test
  void grows() {
    SYNCHRONIZED.add("x"); // BUG
  }
}
