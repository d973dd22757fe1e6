package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import java.util.function.Function;

/**
 * A value a check computes at most once per compilation (what it has learnt about all the classes
 * of the compilation) and only when a match first asks for it. Keyed on the compilation's {@link
 * Context}, so that a check instance reused for another compilation never answers from a stale
 * one.
 */
public final class PerCompilation<T> {
  private final KeyedMemo<T> memo;

  public PerCompilation(Function<VisitorState, T> create) {
    this.memo = new KeyedMemo<>(state -> state.context, create);
  }

  /** The value for the compilation {@code state} belongs to. */
  public T get(VisitorState state) {
    return memo.get(state);
  }
}
