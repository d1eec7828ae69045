package org.latentlab.cli;

import picocli.CommandLine.Option;

/** Options every command takes ({@code @Mixin} them, also from commands in other packages). */
public final class CommonOptions {
  @Option(names = "--verbose", description = "Print stack traces with error messages.")
  boolean verbose;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "PyTorch intra-op threads (default: min(CPUs, 2)).")
  int threads;
}
