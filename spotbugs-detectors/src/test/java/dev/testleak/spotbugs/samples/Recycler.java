package dev.testleak.spotbugs.samples;

import java.util.Collection;

final class Recycler {
  private Recycler() {}

  static void release(Collection<?> items) {
    items.clear();
  }
}
