package dev.testleak.spotbugs.samples.jvmsetting;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Restorer objects: an AutoCloseable whose close() (directly, through a helper, or inherited) puts
 * back what its constructor or another of its methods changed (Hadoop's SystemErrCapturer).
 */
public class RestorerObjectClean {

  /** Replaces System.err in its constructor; close() restores it through a helper. */
  static final class ErrCapture implements AutoCloseable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream saved;

    ErrCapture() {
      saved = System.err;
      System.setErr(new PrintStream(bytes, true));
    }

    @Override
    public void close() {
      restore();
    }

    private void restore() {
      System.setErr(saved);
    }
  }

  /** Changes the default time zone in a method other than its constructor. */
  static final class ZoneSwitch implements AutoCloseable {
    private final TimeZone saved = TimeZone.getDefault();

    void toUtc() {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @Override
    public void close() {
      TimeZone.setDefault(saved);
    }
  }

  /** Clears the property its subclasses set. */
  abstract static class PropertyRestorer implements AutoCloseable {
    @Override
    public void close() {
      System.clearProperty("app.mode");
    }
  }

  static final class ModePin extends PropertyRestorer {
    ModePin() {
      System.setProperty("app.mode", "test");
    }
  }

  @Test
  void usesThem() {
    try (ErrCapture capture = new ErrCapture();
        ZoneSwitch zone = new ZoneSwitch();
        ModePin mode = new ModePin()) {
      zone.toUtc();
      System.err.print("x");
    }
  }
}
