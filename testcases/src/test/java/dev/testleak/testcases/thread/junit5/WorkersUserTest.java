package dev.testleak.testcases.thread.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clean: starts the workers here; the @AfterAll inherited from WorkersBase stops them. */
class WorkersUserTest extends WorkersBase {
  @BeforeAll
  static void startWorkers() {
    workers = Executors.newFixedThreadPool(3);
  }

  @Test
  void works() throws Exception {
    Future<String> result = workers.submit(() -> "ok");
    assertEquals("ok", result.get());
  }
}
