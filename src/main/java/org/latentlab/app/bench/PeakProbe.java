package org.latentlab.app.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latentlab.model.EngineSetup;
import org.latentlab.model.MklShim;

/**
 * The distance to the physical limit: a training epoch's achieved GFLOP/s ({@link TrainingFlops})
 * next to the machine's measured peak for a large matrix product, for LatentLab (libtorch's MKL in
 * this process, with the same shim decision as the training children) and for the PyTorch reference
 * when it runs. Also records which MKL code path is active.
 */
final class PeakProbe {
  /** Side of the square matrices of the peak measurement: 17.2 GFLOP per product. */
  static final int N = 2048;

  private static final int WARMUP = 2;
  private static final int TIMED = 8;
  private static final String TORCH_PEAK =
      String.join(
          "\n",
          "import json, sys, time, torch",
          "torch.set_num_threads(int(sys.argv[1])); n = int(sys.argv[2])",
          "a = torch.rand(n, n); b = torch.rand(n, n)",
          "for _ in range(" + WARMUP + "): a @ b",
          "ts = []",
          "for _ in range(" + TIMED + "):",
          "    t = time.perf_counter(); a @ b; ts.append(time.perf_counter() - t)",
          "print(json.dumps({'best_s': min(ts)}))");

  private PeakProbe() {}

  /**
   * Measures the peaks and puts them, the epochs' GFLOP/s and the MKL status into {@code json}.
   *
   * @param images the images of one MNIST training epoch
   * @param n the side of the square matrices of the peak ({@link #N}; tests and --quick use less)
   */
  static void run(Map<String, Object> json, int threads, int images, int n, PrintWriter err)
      throws IOException, InterruptedException {
    // the PyTorch side is measured when the training half ran the reference
    boolean torch = String.valueOf(json.get("reference")).startsWith("PyTorch");
    MklShim.Status mkl = MklShim.status();
    json.put("mklCodePath", mkl.codePath());
    json.put("mklShim", (mkl.on() ? "on: " : "off: ") + mkl.reason());
    BenchCommand.progress(err, "peak GFLOP/s of a " + n + "x" + n + " matrix product");
    double peak = latentLabPeak(n);
    json.put("peakGflops", peak);
    json.put("peakMatrixSize", n);
    double perImage = TrainingFlops.perImage(784, List.of(512, 256), 2, true);
    json.put("trainFlopsPerImage", perImage);
    if (json.get("trainEpochSeconds") instanceof Double s) {
      double g = TrainingFlops.gflops(perImage, images, s);
      json.put("trainGflops", g);
      json.put("trainPeakFraction", g / peak);
    }
    if (torch) {
      Double tp = torchPeak(threads, n);
      json.put("torchPeakGflops", tp);
      if (json.get("torchTrainEpochSeconds") instanceof Double s) {
        double g = TrainingFlops.gflops(perImage, images, s);
        json.put("torchTrainGflops", g);
        json.put("torchTrainPeakFraction", tp == null ? null : g / tp);
      }
    }
  }

  /** The table's rows for these numbers. */
  static void printRows(PrintWriter out, Map<String, Object> json) {
    Object size = json.getOrDefault("peakMatrixSize", N);
    out.printf(
        Locale.ROOT,
        "%-52s %12s %12s%n",
        "peak GFLOP/s, " + size + "x" + size + " matrix product",
        fmt(json.get("peakGflops")),
        fmt(json.get("torchPeakGflops")));
    out.printf(
        Locale.ROOT,
        "%-52s %12s %12s%n",
        "train VAE on MNIST, achieved GFLOP/s (epoch)",
        fmt(json.get("trainGflops")),
        fmt(json.get("torchTrainGflops")));
    out.printf(
        Locale.ROOT,
        "%-52s %12s %12s%n",
        "  fraction of the peak",
        fmt(json.get("trainPeakFraction")),
        fmt(json.get("torchTrainPeakFraction")));
    out.println("MKL: " + json.get("mklCodePath") + "; vendor shim " + json.get("mklShim"));
  }

  /** The best of {@value #TIMED} products after {@value #WARMUP} warm-ups, in GFLOP/s. */
  static double latentLabPeak(int n) {
    double best = Double.MAX_VALUE;
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      NDArray a = m.randomUniform(0, 1, new Shape(n, n));
      NDArray b = m.randomUniform(0, 1, new Shape(n, n));
      for (int i = 0; i < WARMUP + TIMED; i++) {
        long t0 = System.nanoTime();
        a.matMul(b).close();
        double s = (System.nanoTime() - t0) / 1e9;
        if (i >= WARMUP) {
          best = Math.min(best, s);
        }
      }
    }
    return 2.0 * n * n * n / best / 1e9;
  }

  /** The same measured in the reference's Python with torch, or null if it failed. */
  private static Double torchPeak(int threads, int n) throws IOException, InterruptedException {
    ChildRuns.Run r =
        ChildRuns.run(
            List.of(
                ReferenceRuns.PYTHON,
                "-c",
                TORCH_PEAK,
                Integer.toString(threads),
                Integer.toString(n)),
            null);
    if (r.exit() != 0) {
      return null;
    }
    JsonNode j = r.lastJson();
    return 2.0 * n * n * n / j.get("best_s").asDouble() / 1e9;
  }

  private static String fmt(Object v) {
    if (v == null) {
      return "-";
    }
    return v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : v.toString();
  }
}
