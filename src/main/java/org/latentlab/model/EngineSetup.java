package org.latentlab.model;

import ai.djl.engine.Engine;

/**
 * Starts DJL's PyTorch engine the way LatentLab needs it: offline, without usage tracking, with a
 * chosen number of intra-op threads.
 *
 * <p>DJL reads these switches once, when the engine first starts, so {@link #configure(int)} must
 * run before anything touches an NDManager. Every entry point calls it first; {@link #engine()}
 * calls it with the default if nobody did.
 *
 * <ul>
 *   <li>{@code ai.djl.offline=true}: DJL never downloads libtorch; the native library comes from
 *       the {@code pytorch-native-cpu} jar on the class path.
 *   <li>{@code OPT_OUT_TRACKING=true}: without it DJL queries a cloud metadata address at start.
 *   <li>{@code ai.djl.pytorch.num_threads}: intra-op threads (default 2, the CPU count here).
 *   <li>{@link MklShim}: on a non-Intel x86-64 Linux CPU, MKL's vendor check answered before
 *       libtorch loads, so its matrix products use the CPU's AVX2 / AVX-512 kernels.
 * </ul>
 */
public final class EngineSetup {
  /** The engine LatentLab's models run on. */
  static final String ENGINE = "PyTorch";

  private static volatile boolean configured;

  private EngineSetup() {}

  /**
   * Sets the offline, no-tracking and thread switches. Only the first call's thread count counts;
   * later calls are no-ops.
   *
   * @param threads intra-op threads, or 0 for min(available processors, 2)
   */
  public static synchronized void configure(int threads) {
    if (configured) {
      return;
    }
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
    System.setProperty("ai.djl.default_engine", ENGINE);
    System.setProperty("ai.djl.pytorch.graph_optimizer", "false");
    int n = threads > 0 ? threads : Math.min(Runtime.getRuntime().availableProcessors(), 2);
    System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(n));
    System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    MklShim.loadIfApplicable();
    configured = true;
  }

  /** The PyTorch engine, configured with defaults first if no entry point did. */
  public static Engine engine() {
    configure(0);
    return Engine.getEngine(ENGINE);
  }
}
