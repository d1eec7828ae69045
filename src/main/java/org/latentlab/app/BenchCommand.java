package org.latentlab.app;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.latentlab.data.DataSources;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.ui.ExplorerSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab bench}: measures what a lecturer and a student feel, on the bundled MNIST models
 * and data, and prints a table and one JSON line. Timings are medians and 99th percentiles after
 * warm-up; compare them as ratios within one run, not across machines or runs.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Benchmark decoding and the explorer's responsiveness on the bundled models.")
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--decode-calls", defaultValue = "2000", description = "Timed single-point decodes (default: 2000).")
  int decodeCalls;

  @Option(names = "--moves", defaultValue = "500", description = "Mouse events in the scripted drag (default: 500).")
  int moves;

  @Option(names = "--move-interval", defaultValue = "8", paramLabel = "MS",
      description = "Milliseconds between mouse events, about a 125 Hz mouse (default: 8).")
  long moveInterval;

  @Option(names = "--no-fashion", description = "Skip the 60,000-point redraw (needs Fashion-MNIST).")
  boolean noFashion;

  @Option(names = "--headless", description = "Use the headless renderer even when a display is present.")
  boolean headless;

  @Option(names = "--threads", paramLabel = "N", description = "PyTorch intra-op threads.")
  int threads;

  @Option(names = "--verbose", description = "Print stack traces with error messages.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    Map<String, Object> json = new LinkedHashMap<>();
    try (LatentModel vae = LatentModels.openBundled("mnist-vae")) {
      double[] one = DecodeTiming.single(vae, Math.max(decodeCalls, 100));
      json.put("decodeMedianUs", one[0]);
      json.put("decodeP99Us", one[1]);
      json.put("grid400Ms", DecodeTiming.grid(vae, 400, 200));
    }
    OffscreenFx.start(headless);
    try (UiLatencyProbe ui = new UiLatencyProbe(session("mnist"))) {
      double[] lat = Stats.toArray(ui.drag(moves, moveInterval));
      json.put("clickToImageMedianMs", Stats.median(lat));
      json.put("clickToImageP99Ms", Stats.percentile(lat, 99));
      json.put("dragMoves", moves);
      json.put("dragImagesShown", lat.length);
      double[] r10 = ui.redraw(10_000, 40);
      json.put("redraw10kMs", r10[0]);
      json.put("redraw10kRasterMs", r10[1]);
    }
    json.put("redraw60kMs", null);
    json.put("redraw60kRasterMs", null);
    if (!noFashion) {
      try (UiLatencyProbe ui = new UiLatencyProbe(session("fashion"))) {
        double[] r60 = ui.redraw(60_000, 20);
        if (ui.shownPoints() >= 60_000) {
          json.put("redraw60kMs", r60[0]);
          json.put("redraw60kRasterMs", r60[1]);
        }
      } catch (java.io.IOException e) {
        spec.commandLine().getErr().println("latentlab: skipping the 60k redraw: " + e.getMessage());
      }
    }
    printTable(out, json);
    out.println(Json.line(json));
    return 0;
  }

  private static ExplorerSession session(String data) throws java.io.IOException {
    LatentModel ae = LatentModels.openBundled(data + "-ae");
    LatentModel vae = LatentModels.openBundled(data + "-vae");
    var images = new ImageSetImages(DataSources.fromEnvironment().training(data));
    return new ExplorerSession(data, images, ae, vae);
  }

  private static void printTable(java.io.PrintWriter out, Map<String, Object> j) {
    out.println("what                                              value");
    row(out, "decode one latent point, median (us)", j.get("decodeMedianUs"));
    row(out, "decode one latent point, p99 (us)", j.get("decodeP99Us"));
    row(out, "decode a 400-point grid, median (ms)", j.get("grid400Ms"));
    row(out, "mouse event -> image on screen, median (ms)", j.get("clickToImageMedianMs"));
    row(out, "mouse event -> image on screen, p99 (ms)", j.get("clickToImageP99Ms"));
    row(out, "  images shown / mouse events", j.get("dragImagesShown") + " / " + j.get("dragMoves"));
    row(out, "redraw plane, 10,000 points, median (ms)", j.get("redraw10kMs"));
    row(out, "  with rasterizing (snapshot), median (ms)", j.get("redraw10kRasterMs"));
    row(out, "redraw plane, 60,000 points, median (ms)", j.get("redraw60kMs"));
    row(out, "  with rasterizing (snapshot), median (ms)", j.get("redraw60kRasterMs"));
  }

  private static void row(java.io.PrintWriter out, String what, Object v) {
    String value = v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(v);
    out.printf(Locale.ROOT, "%-48s  %s%n", what, value);
  }

  /** Decoder timings through the same handle the window uses. */
  static final class DecodeTiming {
    private DecodeTiming() {}

    /** {median, p99} microseconds of decoding one point, after 500 warm-up calls. */
    static double[] single(LatentModel m, int calls) {
      float[] z = new float[m.info().latentDim()];
      for (int i = 0; i < 500; i++) {
        z[0] = (float) Math.sin(i);
        m.decode(z);
      }
      double[] t = new double[calls];
      for (int i = 0; i < calls; i++) {
        z[0] = (float) Math.sin(i * 0.37);
        long t0 = System.nanoTime();
        m.decode(z);
        t[i] = (System.nanoTime() - t0) / 1e3;
      }
      return new double[] {Stats.median(t), Stats.percentile(t, 99)};
    }

    /** Median milliseconds of decoding an {@code n}-point grid. */
    static double grid(LatentModel m, int n, int repeats) {
      float[][] codes = new float[n][m.info().latentDim()];
      for (int i = 0; i < n; i++) {
        codes[i][0] = (i % 20) / 5f - 2;
        codes[i][1 % codes[i].length] = (i / 20) / 5f - 2;
      }
      for (int i = 0; i < 20; i++) {
        m.decode(codes);
      }
      double[] t = new double[repeats];
      for (int i = 0; i < repeats; i++) {
        long t0 = System.nanoTime();
        m.decode(codes);
        t[i] = (System.nanoTime() - t0) / 1e6;
      }
      return Stats.median(t);
    }
  }

  /** One JSON object on one line. */
  static final class Json {
    private Json() {}

    static String line(Map<String, Object> m) {
      try {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(m);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
