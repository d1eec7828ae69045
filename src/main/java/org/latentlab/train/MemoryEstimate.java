package org.latentlab.train;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelSpec;

/**
 * What training an architecture will take in memory, judged from its sizes before any array exists,
 * so that a model too big for the machine is refused in one line instead of growing until the
 * operating system kills the run (and a Cancel cannot get a word in between two giant steps).
 *
 * <p>The estimate is {@code parameters × 4 bytes × 4} (the weights, their gradients and Adam's two
 * moment estimates) plus one batch's activations, {@code batch × Σ layer widths × 4 bytes × 3}
 * (each layer's output, its gradient and a temporary), plus a fixed allowance for the engine's own
 * working memory. It is compared with the physical memory still available.
 */
public final class MemoryEstimate {
  private static final long FLOAT_BYTES = 4;

  /** Weights, gradients, and Adam's first and second moments: four floats per parameter. */
  private static final long COPIES_PER_PARAMETER = 4;

  /** A layer's output kept for backward, its gradient, and one temporary of the same size. */
  private static final long COPIES_PER_ACTIVATION = 3;

  /** libtorch's own buffers and allocator slack, which do not scale with the model. */
  static final long ENGINE_ALLOWANCE = 512L << 20;

  private static final Path MEMINFO = Path.of("/proc/meminfo");

  private MemoryEstimate() {}

  /**
   * Refuses an architecture this machine cannot train, measured against its free physical memory.
   * Does nothing when the free memory cannot be read.
   *
   * @param spec the architecture
   * @param batchSize images per step
   * @throws IllegalArgumentException naming the bytes needed and the bytes free
   */
  public static void check(ModelSpec spec, int batchSize) {
    OptionalLong free = availableBytes();
    if (free.isPresent()) {
      check(spec, batchSize, free.getAsLong());
    }
  }

  /**
   * Refuses an architecture that needs more than {@code freeBytes} to train.
   *
   * @throws IllegalArgumentException naming the bytes needed and the bytes free
   */
  static void check(ModelSpec spec, int batchSize, long freeBytes) {
    long needed = bytesToTrain(spec, batchSize);
    if (needed > freeBytes) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "a %s %s needs about %s to train; this machine has about %s free:"
                  + " use smaller hidden sizes",
              describe(spec),
              spec.kind(),
              size(needed),
              size(freeBytes)));
    }
  }

  /** The estimated bytes to train {@code spec} with batches of {@code batchSize} images. */
  static long bytesToTrain(ModelSpec spec, int batchSize) {
    long parameters = spec.parameterCount() * FLOAT_BYTES * COPIES_PER_PARAMETER;
    long activations = (long) batchSize * layerWidths(spec) * FLOAT_BYTES * COPIES_PER_ACTIVATION;
    return parameters + activations + ENGINE_ALLOWANCE;
  }

  /**
   * The widths of every array a forward pass keeps per image: the input, each encoder layer, the
   * code (μ, log σ² and the sample z for a VAE), each decoder layer and the output.
   */
  private static long layerWidths(ModelSpec spec) {
    long hidden = spec.hidden().stream().mapToLong(Integer::longValue).sum();
    long codes = spec.kind() == ModelKind.VAE ? 3L * spec.latentDim() : spec.latentDim();
    return 2L * spec.pixels() + 2 * hidden + codes;
  }

  /**
   * Physical memory free for a new run: {@code MemAvailable} from {@code /proc/meminfo} (which
   * counts reclaimable page cache), else the free physical memory the JVM reports, else empty.
   */
  static OptionalLong availableBytes() {
    OptionalLong fromProc = memAvailable(MEMINFO);
    if (fromProc.isPresent()) {
      return fromProc;
    }
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      long free = os.getFreeMemorySize();
      return free > 0 ? OptionalLong.of(free) : OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  /** The {@code MemAvailable} line of a meminfo file, in bytes, if there is one. */
  static OptionalLong memAvailable(Path meminfo) {
    List<String> lines;
    try {
      lines = Files.readAllLines(meminfo);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
    for (String line : lines) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 2 && f[0].equals("MemAvailable:")) {
        try {
          long kib = Long.parseLong(f[1]);
          return OptionalLong.of(kib * 1024);
        } catch (NumberFormatException e) {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.empty();
  }

  private static String describe(ModelSpec s) {
    StringBuilder b = new StringBuilder().append(s.pixels());
    s.hidden().forEach(h -> b.append('-').append(h));
    return b.append('-').append(s.latentDim()).toString();
  }

  private static String size(long bytes) {
    double gb = bytes / 1e9;
    return gb >= 1
        ? String.format(Locale.ROOT, "%.1f GB", gb)
        : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
  }
}
