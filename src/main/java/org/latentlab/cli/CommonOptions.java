package org.latentlab.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** Options every command takes ({@code @Mixin} them, also from commands in other packages). */
public final class CommonOptions {
  @Option(names = "--verbose", description = "Print stack traces with error messages.")
  boolean verbose;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "PyTorch intra-op threads, 1 to twice the number of processors"
              + " (default: min(CPUs, 2)).")
  int threads;

  /**
   * The most intra-op threads any command accepts: twice the processors. Beyond the processor count
   * PyTorch's busy-waiting threads only take turns on the same cores (a thousand made an epoch
   * thirty times slower); twice leaves room for a machine whose processors are hyper-threads.
   */
  static int maxThreads() {
    return 2 * Runtime.getRuntime().availableProcessors();
  }

  /** Why {@code n} threads are refused, or null when {@code n} is in the accepted range. */
  static String threadsProblem(int n) {
    int max = maxThreads();
    if (n >= 1 && n <= max) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "--threads must be between 1 and %d (twice this machine's %d processors), got %d",
        max,
        Runtime.getRuntime().availableProcessors(),
        n);
  }
}
