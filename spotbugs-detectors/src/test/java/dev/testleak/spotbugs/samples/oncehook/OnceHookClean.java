package dev.testleak.spotbugs.samples.oncehook;

import static org.mockito.Mockito.verify;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** Once-hook state that per-test hooks reset, or that no test changes, or that cannot change. */
public class OnceHookClean {
  static List<String> clearedBeforeEach;
  static AtomicLong setBeforeEach;
  static Supplier<String> resetAfterEach;
  static List<String> reassignedBeforeEach;
  static List<String> handedOnAfterEach;
  static Map<String, String> immutable;
  static List<String> onlyRead;
  static Thread notState;
  @SuppressFBWarnings("OnceHookStateMutatedByTests")
  static List<String> suppressed;

  @BeforeAll
  static void createState() {
    clearedBeforeEach = new ArrayList<>();
    setBeforeEach = new AtomicLong();
    resetAfterEach = Mockito.mock(Supplier.class);
    reassignedBeforeEach = new ArrayList<>();
    handedOnAfterEach = new ArrayList<>();
    immutable = Map.of("a", "b");
    onlyRead = new ArrayList<>(List.of("a"));
    notState = new Thread();
    suppressed = new ArrayList<>();
  }

  @BeforeEach
  void reset() {
    clearedBeforeEach.clear();
    setBeforeEach.set(0);
    reassignedBeforeEach = new ArrayList<>();
  }

  @AfterEach
  void resetMocks() {
    Mockito.reset(resetAfterEach);
    forget(handedOnAfterEach);
  }

  private static void forget(List<String> list) {
    list.clear();
  }

  @Test
  void changesEverything() {
    clearedBeforeEach.add("a");
    setBeforeEach.incrementAndGet();
    verify(resetAfterEach).get();
    reassignedBeforeEach.add("a");
    handedOnAfterEach.add("a");
    immutable.get("a");
    onlyRead.size();
    notState.setName("x");
    suppressed.add("a");
  }
}
