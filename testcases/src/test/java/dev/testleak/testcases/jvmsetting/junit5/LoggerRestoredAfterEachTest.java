package dev.testleak.testcases.jvmsetting.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clean: @AfterEach removes the capturing handler and restores the level @BeforeEach changed. */
class LoggerRestoredAfterEachTest {
  private final Logger logger = Logger.getLogger("dev.testleak.shipping");
  private final List<String> messages = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      messages.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level previousLevel;

  @BeforeEach
  void captureLogs() {
    previousLevel = logger.getLevel();
    logger.setLevel(Level.FINE);
    logger.addHandler(capture);
  }

  @AfterEach
  void releaseLogs() {
    logger.removeHandler(capture);
    logger.setLevel(previousLevel);
  }

  @Test
  void logsShipment() {
    logger.fine("shipped");
    assertEquals(List.of("shipped"), messages);
  }
}
