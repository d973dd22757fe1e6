package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

public interface ClearingMixin {
  List<String> SEEN = new ArrayList<>();

  @AfterEach
  default void forgetSeen() {
    SEEN.clear();
  }
}
