package dev.testleak.spotbugs.samples.oncehook;

import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** Static state created once in @BeforeAll and changed by every test: a list, a counter, a mock. */
public class OnceHookJunit5Leak {
  static List<String> events;
  static AtomicInteger counter;
  static Runnable listener;

  @BeforeAll
  static void createState() {
    events = new ArrayList<>(); // BUG
    counter = new AtomicInteger(); // BUG
    listener = Mockito.mock(Runnable.class); // BUG
  }

  @Test
  void addsEvent() {
    events.add("book");
  }

  @Test
  void bumpsCounterThroughAHelper() {
    bump();
  }

  private void bump() {
    counter.incrementAndGet();
  }

  @Test
  void verifiesListener() {
    listener.run();
    verify(listener).run();
  }
}
