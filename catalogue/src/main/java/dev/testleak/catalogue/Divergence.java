package dev.testleak.catalogue;

import java.util.Objects;

/**
 * A case that one engine knowingly does not report (or reports where the others do not), with the
 * reason. The conformance suite accepts a difference between engines only when a testcase marker
 * names one of these by {@link #key()}.
 *
 * @param engine the engine that differs
 * @param key short identifier used in testcase markers, e.g. {@code superclass-in-other-file}
 * @param reason why this engine cannot (or deliberately does not) agree
 */
public record Divergence(Engine engine, String key, String reason) {
  public Divergence {
    Objects.requireNonNull(engine);
    Objects.requireNonNull(key);
    Objects.requireNonNull(reason);
    if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("divergence key must be kebab-case: " + key);
    }
  }
}
