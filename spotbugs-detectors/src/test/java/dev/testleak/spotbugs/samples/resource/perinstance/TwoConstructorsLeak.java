package dev.testleak.spotbugs.samples.resource.perinstance;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A base whose subclasses pick a constructor: javac copies the field initializer into both
 * constructors that do not start with this(..); it is one expression, reported once.
 */
public abstract class TwoConstructorsLeak {
  protected final InputStream shared = new FileInputStream("shared"); // BUG
  protected final String name;

  protected TwoConstructorsLeak() throws IOException {
    name = "default";
  }

  protected TwoConstructorsLeak(String name) throws IOException {
    this.name = name;
  }

  protected TwoConstructorsLeak(int number) throws IOException {
    this(String.valueOf(number));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void reads(int n) throws IOException {
    shared.read();
  }
}
