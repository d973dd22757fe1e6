package dev.testleak.benchmarks;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * A javac plugin that writes, when the compilation ends, the time Error Prone spent in each check
 * ({@code ErrorProneTimings}, which Error Prone always records but prints nowhere) as
 * {@code <check>\t<milliseconds>} lines to the file given as its argument:
 * {@code -Xplugin:"TestleakBenchTimings /path/to/timings.tsv"}.
 *
 * <p>It must be on the same processor path as Error Prone; it reaches Error Prone and javac's
 * context by reflection so that it compiles against neither.
 */
public final class ErrorProneTimingsPlugin implements Plugin {

  @Override
  public String getName() {
    return "TestleakBenchTimings";
  }

  @Override
  public void init(JavacTask task, String... args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: -Xplugin:\"TestleakBenchTimings <output file>\"");
    }
    Path output = Path.of(args[0]);
    task.addTaskListener(
        new TaskListener() {
          @Override
          public void finished(TaskEvent e) {
            if (e.getKind() == TaskEvent.Kind.COMPILATION) {
              write(task, output);
            }
          }
        });
  }

  private void write(JavacTask task, Path output) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Duration> e : timings(task).entrySet()) {
      out.append(e.getKey()).append('\t').append(e.getValue().toNanos() / 1e6).append('\n');
    }
    try {
      Files.writeString(output, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Duration> timings(JavacTask task) {
    try {
      Object context = task.getClass().getMethod("getContext").invoke(task);
      Class<?> timingsClass =
          Class.forName("com.google.errorprone.ErrorProneTimings", true, getClass().getClassLoader());
      Object timings =
          timingsClass.getMethod("instance", context.getClass()).invoke(null, context);
      return new TreeMap<>((Map<String, Duration>) timingsClass.getMethod("timings").invoke(timings));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Error Prone's timings are not reachable", e);
    }
  }
}
