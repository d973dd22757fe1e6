package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The capturing handler is removed at the end of the test, outside finally: when the assertion
 * fails the handler, and the test's list, stay attached to the JVM-wide logger.
 */
class HandlerRemovedOutsideFinallyTest {
  private static final Logger LOGGER = Logger.getLogger("dev.testleak.orders");

  @Test
  void logsOrder() {
    List<String> messages = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        messages.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    LOGGER.addHandler(capture); // expect: JvmSettingNotRestored
    LOGGER.info("order placed");
    assertEquals(List.of("order placed"), messages);
    LOGGER.removeHandler(capture);
  }
}
