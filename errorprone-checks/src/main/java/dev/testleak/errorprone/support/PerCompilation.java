package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.sun.tools.javac.util.Context;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A value a check computes at most once per compilation (what it has learnt about all the classes
 * of the compilation) and only when a match first asks for it. Keyed on the compilation's {@link
 * Context}, so that a check instance reused for another compilation never answers from a stale
 * one.
 */
public final class PerCompilation<T> {
  private final Function<VisitorState, T> create;
  private @Nullable Context context;
  private @Nullable T value;

  public PerCompilation(Function<VisitorState, T> create) {
    this.create = create;
  }

  /** The value for the compilation {@code state} belongs to. */
  public T get(VisitorState state) {
    T result = value;
    if (state.context != context || result == null) {
      result = create.apply(state);
      context = state.context;
      value = result;
    }
    return result;
  }
}
