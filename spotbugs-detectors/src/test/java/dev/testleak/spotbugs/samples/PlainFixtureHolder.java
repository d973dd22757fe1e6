package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;

/** No test framework in sight: test code only because it is compiled into test-classes. */
public final class PlainFixtureHolder {
  static final List<String> RECORDED = new ArrayList<>();

  private PlainFixtureHolder() {}

  public static void record(String value) {
    RECORDED.add(value); // BUG
  }
}
