package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.testng.annotations.Test;

/**
 * TestNG's class-level {@code @Test} makes every public method a test: the annotated one drains the
 * list, the unannotated one does not, so the listener's growth is still reported.
 */
@Test
public class DrainedByAnnotatedTestsOfTestNgClassLeak {
  private static final List<String> EVENTS = new ArrayList<>();

  static final class RecordingListener implements Consumer<String> {
    @Override
    public void accept(String event) {
      EVENTS.add(event); // BUG
    }
  }

  @Test
  public void recordsAndDrains() {
    new RecordingListener().accept("started");
    EVENTS.clear();
  }

  public void recordsOnly() {
    new RecordingListener().accept("opened");
  }
}
