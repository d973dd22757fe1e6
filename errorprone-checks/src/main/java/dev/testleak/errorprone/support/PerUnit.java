package dev.testleak.errorprone.support;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A value a check computes once per compilation unit (what it has learnt about the unit's classes
 * and locals) and reuses for every match in that unit. Error Prone creates a check's instance per
 * compilation and visits one unit at a time, so a check keeps its own {@code PerUnit} fields; the
 * value of the previous unit is dropped when the next one starts.
 */
public final class PerUnit<T> {
  private final Function<VisitorState, T> create;
  private @Nullable CompilationUnitTree unit;
  private @Nullable T value;

  public PerUnit(Function<VisitorState, T> create) {
    this.create = create;
  }

  /** The value for the compilation unit {@code state} is in. */
  public T get(VisitorState state) {
    CompilationUnitTree current = state.getPath().getCompilationUnit();
    T result = value;
    if (current != unit || result == null) {
      result = create.apply(state);
      unit = current;
      value = result;
    }
    return result;
  }
}
