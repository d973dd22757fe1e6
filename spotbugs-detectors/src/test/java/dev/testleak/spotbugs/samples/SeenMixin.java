package dev.testleak.spotbugs.samples;

import java.util.ArrayList;
import java.util.List;

public interface SeenMixin {
  List<String> SEEN = new ArrayList<>();
}
