package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import java.util.function.Function;

/**
 * A value a check computes once per compilation unit (what it has learnt about the unit's classes
 * and locals) and reuses for every match in that unit. Error Prone creates a check's instance per
 * compilation and visits one unit at a time, so a check keeps its own {@code PerUnit} fields; the
 * value of the previous unit is dropped when the next one starts.
 */
public final class PerUnit<T> {
  private final KeyedMemo<T> memo;

  public PerUnit(Function<VisitorState, T> create) {
    this.memo = new KeyedMemo<>(state -> state.getPath().getCompilationUnit(), create);
  }

  /** The value for the compilation unit {@code state} is in. */
  public T get(VisitorState state) {
    return memo.get(state);
  }
}
