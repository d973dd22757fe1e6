package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The last value computed, and the key it was computed for: asked with the same key (by identity)
 * it is reused, asked with another it is computed afresh and the old one dropped. What {@link
 * PerUnit} (keyed by compilation unit) and {@link PerCompilation} (keyed by the compilation's
 * context) share.
 */
final class KeyedMemo<T> {
  private final Function<VisitorState, Object> key;
  private final Function<VisitorState, T> create;
  private @Nullable Object lastKey;
  private @Nullable T value;

  KeyedMemo(Function<VisitorState, Object> key, Function<VisitorState, T> create) {
    this.key = key;
    this.create = create;
  }

  T get(VisitorState state) {
    Object current = key.apply(state);
    T result = value;
    if (current != lastKey || result == null) {
      result = create.apply(state);
      lastKey = current;
      value = result;
    }
    return result;
  }
}
