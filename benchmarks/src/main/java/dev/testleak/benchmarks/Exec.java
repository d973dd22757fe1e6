package dev.testleak.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs one tool as a child process and measures it: wall time, and the child's CPU time (user + system). */
final class Exec {

  /** The outcome of one process: its exit code, wall and CPU milliseconds, and its output (stdout + stderr). */
  record Result(int exit, long wallMs, long cpuMs, String output) {}

  private Exec() {}

  /**
   * Runs {@code command}, writing its merged output to {@code log}. CPU time is read from this process's
   * {@code cutime + cstime} in {@code /proc/self/stat}, which Linux increases when a child is reaped;
   * tools run one at a time, so the difference is the child's CPU time (0 where /proc is missing).
   */
  static Result run(List<String> command, Path log) throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    Files.writeString(log, "$ " + String.join(" ", command) + "\n");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long cpu0 = childrenCpuMs();
    long t0 = System.nanoTime();
    Process p = pb.start();
    int exit = p.waitFor();
    long wall = (System.nanoTime() - t0) / 1_000_000;
    long cpu = childrenCpuMs() - cpu0;
    return new Result(exit, wall, cpu, Files.readString(log));
  }

  /** CPU time of this process's reaped children, in milliseconds (clock ticks of 10 ms on Linux). */
  static long childrenCpuMs() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // f[0] is field 3 (state); cutime and cstime are fields 16 and 17.
      return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
