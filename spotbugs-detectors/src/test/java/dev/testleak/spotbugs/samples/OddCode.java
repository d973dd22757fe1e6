package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Shapes of code the detector must survive: records, enums, interfaces, lambdas, local and anonymous classes. */
public class OddCode {
  static final List<Object> SEEN = new ArrayList<>();

  record Point(int x, int y) {
    static final List<Point> CREATED = new ArrayList<>();

    Point {
      CREATED.add(this); // BUG
    }
  }

  enum Color {
    RED, GREEN;

    static final Map<Color, Integer> USES = new EnumMap<>(Color.class);

    void use() {
      USES.merge(this, 1, Integer::sum); // BUG
    }
  }

  interface WithStatic {
    static void record(Object o) {
      SEEN.add(o); // BUG
    }
  }

  @Test
  void everything() {
    new Point(1, 2);
    Color.RED.use();
    WithStatic.record("a");
    Runnable lambda = () -> SEEN.add("lambda");
    lambda.run();
    Supplier<Boolean> anonymous = new Supplier<>() {
      @Override
      public Boolean get() {
        return SEEN.add("anonymous");
      }
    };
    anonymous.get();
    class Local {
      void add() {
        SEEN.add("local");
      }
    }
    new Local().add();
    String text = "x" + SEEN;
    SEEN.forEach(o -> {});
    text.length();
  }
}
