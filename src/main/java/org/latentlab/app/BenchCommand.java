package org.latentlab.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.latentlab.data.BundledMnist;
import org.latentlab.data.DataSources;
import org.latentlab.data.IdxWriter;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.ui.ExplorerSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab bench}: what a lecturer feels (decoding, the cursor, redraws, start-up) and what a
 * student compares (training speed, memory, quality), on the bundled models and data. When
 * {@code /usr/bin/python3} has torch, the PyTorch reference runs the same training in the same run,
 * interleaved A B A B so that machine drift cancels, and Java/PyTorch ratios are printed. Prints a
 * table and, last, one JSON line.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Benchmark LatentLab against the PyTorch reference, in one run, as ratios.",
      "Prints a table and one JSON line. Full run: about 10 minutes on 2 cores."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--quick", description = "A tiny end-to-end run: few calls, 1 epoch on 500 images, no reference.")
  boolean quick;

  @Option(names = "--decode-calls", defaultValue = "2000", description = "Timed single-point decodes (default: 2000).")
  int decodeCalls;

  @Option(names = "--moves", defaultValue = "500", description = "Mouse events in the scripted drag (default: 500).")
  int moves;

  @Option(names = "--move-interval", defaultValue = "8", paramLabel = "MS",
      description = "Milliseconds between mouse events, about a 125 Hz mouse (default: 8).")
  long moveInterval;

  @Option(names = "--gui-decodes", defaultValue = "100000", description = "Decodes for the GUI memory check (default: 100000).")
  int guiDecodes;

  @Option(names = "--rounds", defaultValue = "3", description = "A/B rounds of training, one seed each (default: 3).")
  int rounds;

  @Option(names = "--epochs", defaultValue = "20", description = "Epochs of each MNIST training run (default: 20).")
  int epochs;

  @Option(names = "--fashion-epochs", defaultValue = "3", description = "Epochs of the Fashion-MNIST run, 0 to skip (default: 3).")
  int fashionEpochs;

  @Option(names = "--reference", defaultValue = "../shared/reference/torch_vae.py", paramLabel = "FILE",
      description = "The PyTorch reference script (default: ${DEFAULT-VALUE}).")
  Path reference;

  @Option(names = "--no-reference", description = "Do not run the PyTorch reference.")
  boolean noReference;

  @Option(names = "--test-images", defaultValue = "../shared/data/mnist-t10k/t10k-images-idx3-ubyte.gz",
      description = "Held-out images for the -ELBO (default: ${DEFAULT-VALUE}).")
  Path testImages;

  @Option(names = "--test-labels", defaultValue = "../shared/data/mnist-t10k/t10k-labels-idx1-ubyte.gz",
      description = "Their labels (default: ${DEFAULT-VALUE}).")
  Path testLabels;

  @Option(names = "--no-startup", description = "Skip the start-up measurement.")
  boolean noStartup;

  @Option(names = "--no-training", description = "Skip training (and the PyTorch reference).")
  boolean noTraining;

  @Option(names = "--headless", description = "Use the headless renderer even when a display is present.")
  boolean headless;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Intra-op threads for both sides (default: 2).")
  int threads;

  @Option(names = "--window-part", hidden = true,
      description = "Measure only decoding and the window, in this process (bench runs this in a child with the window's JVM options).")
  boolean windowPart;

  @Option(names = "--verbose", description = "Print stack traces with error messages.")
  boolean verbose;

  private final Map<String, Object> json = new LinkedHashMap<>();
  private PrintWriter err;

  @Override
  public Integer call() throws Exception {
    err = spec.commandLine().getErr();
    if (quick) {
      decodeCalls = 200;
      moves = 60;
      guiDecodes = 2000;
      rounds = 1;
      epochs = 1;
      fashionEpochs = 0;
      noReference = true;
    }
    for (String k : List.of("decodeMedianUs", "decodeP99Us", "grid400Ms", "clickToImageMedianMs",
        "clickToImageP99Ms", "redraw10kMs", "redraw60kMs", "startupSeconds", "trainEpochSeconds",
        "rssMb", "negElbo20", "guiRssMb", "guiRssAfterDecodesMb")) {
      json.put(k, null);
    }
    if (windowPart) {
      decoding();
      explorer();
    } else {
      windowMeasurements();
    }
    if (windowPart) {
      spec.commandLine().getOut().println(BenchJson.line(json));
      return 0;
    }
    if (!noStartup) {
      startup();
    }
    if (!noTraining) {
      training();
    }
    printTable(spec.commandLine().getOut());
    spec.commandLine().getOut().println(BenchJson.line(json));
    return 0;
  }

  /**
   * Decoding and the window are measured in a child JVM started like the window itself ({@link
   * GuiJvm}), since JIT settings change what a user feels there.
   */
  private void windowMeasurements() throws Exception {
    progress("decoding and the window, in a child JVM with the window's options " + GuiJvm.OPTIONS);
    List<String> args = new ArrayList<>(List.of("bench", "--window-part", "--decode-calls",
        Integer.toString(decodeCalls), "--moves", Integer.toString(moves), "--move-interval",
        Long.toString(moveInterval), "--gui-decodes", Integer.toString(guiDecodes), "--threads",
        Integer.toString(threads)));
    if (quick) {
      args.add("--quick");
    }
    if (headless) {
      args.add("--headless");
    }
    JsonNode child = checked(ChildRuns.latentlab(GuiJvm.OPTIONS, args.toArray(String[]::new)))
        .lastJson();
    child.fields().forEachRemaining(e -> {
      if (!e.getValue().isNull()) {
        json.put(e.getKey(), e.getValue().isNumber() ? (Object) e.getValue().numberValue()
            : e.getValue().asText());
      }
    });
  }

  private void decoding() throws IOException {
    progress("decoding");
    try (LatentModel vae = LatentModels.openBundled("mnist-vae")) {
      double[] one = DecodeTiming.single(vae, Math.max(decodeCalls, 100));
      json.put("decodeMedianUs", one[0]);
      json.put("decodeP99Us", one[1]);
      json.put("grid400Ms", DecodeTiming.grid(vae, 400, quick ? 20 : 200));
    }
  }

  private void explorer() throws Exception {
    progress("the explorer window (headless): drag, redraw, memory");
    OffscreenFx.start(headless);
    try (UiLatencyProbe ui = new UiLatencyProbe(session("mnist"))) {
      // The first drag after start-up also pays for JIT compilation of the event and drawing
      // code; it is reported separately, and the measured drag is the second one.
      double[] cold = Stats.toArray(ui.drag(moves, moveInterval));
      json.put("clickToImageColdMedianMs", Stats.median(cold));
      json.put("clickToImageColdP99Ms", Stats.percentile(cold, 99));
      double[] lat = Stats.toArray(ui.drag(moves, moveInterval));
      json.put("clickToImageMedianMs", Stats.median(lat));
      json.put("clickToImageP99Ms", Stats.percentile(lat, 99));
      json.put("dragMoves", moves);
      json.put("dragImagesShown", lat.length);
      double[] r10 = ui.redraw(10_000, quick ? 5 : 40);
      json.put("redraw10kMs", r10[0]);
      json.put("redraw10kRasterMs", r10[1]);
      int warmup = quick ? 500 : 30_000;
      long[] rss = ui.residentMemoryOver(warmup, guiDecodes);
      json.put("guiRssLoadedMb", rss[0]);
      json.put("guiRssMb", rss[1]);
      json.put("guiRssAfterDecodesMb", rss[2]);
      json.put("guiRssChange", rss[1] > 0 ? (double) (rss[2] - rss[1]) / rss[1] : null);
      json.put("guiWarmupDecodes", warmup);
      json.put("guiDecodes", guiDecodes);
    }
    if (!quick) {
      try (UiLatencyProbe ui = new UiLatencyProbe(session("fashion"))) {
        double[] r60 = ui.redraw(60_000, 20);
        if (ui.shownPoints() >= 60_000) {
          json.put("redraw60kMs", r60[0]);
          json.put("redraw60kRasterMs", r60[1]);
        }
      } catch (IOException e) {
        err.println("latentlab: skipping the 60k-point redraw: " + e.getMessage());
      }
    }
  }

  private void startup() throws Exception {
    if (quick) {
      return;
    }
    progress("start-up to the first frame (3 runs, warm DJL cache)");
    List<String> jvm = new ArrayList<>(GuiJvm.OPTIONS);
    jvm.addAll(List.of("-Dlatentlab.exitAfterFirstFrame=true", "-Dprism.order=sw"));
    if (headless || System.getenv("DISPLAY") == null) {
      jvm.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
          "-Dheadless.geometry=1920x1200-32"));
    }
    double[] t = new double[3];
    for (int i = 0; i < t.length; i++) {
      ChildRuns.Run r = ChildRuns.run(commandLine(jvm), "first-frame");
      if (r.exit() != 0 || !r.out().contains("first-frame")) {
        err.println("latentlab: the start-up run failed (exit " + r.exit() + ")");
        return;
      }
      t[i] = r.seconds();
    }
    json.put("startupSeconds", Stats.median(t));
  }

  private static List<String> commandLine(List<String> jvm) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    return cmd;
  }

  private void training() throws Exception {
    Path work = Files.createTempDirectory("latentlab-bench");
    try {
      Path[] mnist = {work.resolve("train-images.gz"), work.resolve("train-labels.gz")};
      IdxWriter.write(BundledMnist.load(), mnist[0], mnist[1]);
      boolean haveTest = Files.isRegularFile(testImages) && Files.isRegularFile(testLabels);
      if (!haveTest) {
        err.println("latentlab: no held-out test set at " + testImages + ": -ELBO not measured");
      }
      ReferenceRuns torch = null;
      if (!noReference) {
        StringBuilder why = new StringBuilder();
        torch = ReferenceRuns.find(reference, why).orElse(null);
        json.put("reference", torch == null ? "absent: " + why : "PyTorch, " + reference);
        if (torch == null) {
          err.println("latentlab: PyTorch reference not run: " + why);
        }
      } else {
        json.put("reference", "not run");
      }
      List<Double> javaEpoch = new ArrayList<>();
      List<Double> torchEpoch = new ArrayList<>();
      List<Double> javaElbo = new ArrayList<>();
      List<Double> torchElbo = new ArrayList<>();
      List<Double> torchDecode = new ArrayList<>();
      List<Double> torchGrid = new ArrayList<>();
      long peakRss = 0;
      for (int round = 1; round <= rounds; round++) {
        progress(String.format(Locale.ROOT, "training round %d/%d: LatentLab (%d epochs)", round, rounds, epochs));
        Path out = work.resolve("vae-" + round);
        List<String> args = new ArrayList<>(List.of("train", "--kind", "vae", "--data", "mnist",
            "--epochs", Integer.toString(epochs), "--seed", Integer.toString(round), "--threads",
            Integer.toString(threads), "--out", out.toString(), "--json"));
        if (quick) {
          args.addAll(List.of("--limit", "500"));
        }
        JsonNode j = checked(ChildRuns.latentlab(List.of(), args.toArray(String[]::new))).lastJson();
        javaEpoch.add(j.get("medianSecondsPerEpoch").asDouble());
        if (j.hasNonNull("peakRssMb")) {
          peakRss = Math.max(peakRss, j.get("peakRssMb").asLong());
        }
        if (haveTest) {
          JsonNode e = checked(ChildRuns.latentlab(List.of(), "eval", "--model", out.toString(),
              "--images", testImages.toString(), "--labels", testLabels.toString(), "--json"))
              .lastJson();
          javaElbo.add(e.get("negElbo").asDouble());
        }
        if (torch != null) {
          progress(String.format(Locale.ROOT, "training round %d/%d: PyTorch reference", round, rounds));
          JsonNode t = torch.vae(mnist, haveTest ? new Path[] {testImages, testLabels} : null,
              epochs, threads, round);
          torchEpoch.add(steadyEpochSeconds(t));
          torchGrid.add(t.get("decoder_latency").get("batch").get("median_us").asDouble() / 1000);
          if (haveTest && t.has("test")) {
            torchElbo.add(t.get("test").get("neg_elbo_zmu").asDouble());
          }
          torchDecode.add(t.get("decoder_latency").get("single").get("median_us").asDouble());
        }
      }
      json.put("trainEpochSeconds", median(javaEpoch));
      json.put("rssMb", peakRss > 0 ? peakRss : null);
      json.put("trainEpochs", epochs);
      json.put("trainRounds", rounds);
      if (epochs == 20 && !javaElbo.isEmpty()) {
        json.put("negElbo20", mean(javaElbo));
      }
      if (torch != null) {
        json.put("torchDecodeMedianUs", median(torchDecode));
        json.put("torchGrid400Ms", median(torchGrid));
        json.put("grid400Ratio", ratio(json.get("grid400Ms"), json.get("torchGrid400Ms")));
        json.put("torchTrainEpochSeconds", median(torchEpoch));
        json.put("torchNegElbo20", epochs == 20 && !torchElbo.isEmpty() ? mean(torchElbo) : null);
        json.put("decodeRatio", ratio(json.get("decodeMedianUs"), json.get("torchDecodeMedianUs")));
        json.put("trainEpochRatio", ratio(json.get("trainEpochSeconds"), json.get("torchTrainEpochSeconds")));
        json.put("negElboDelta", json.get("negElbo20") instanceof Double a
            && json.get("torchNegElbo20") instanceof Double b ? a - b : null);
      }
      fashion(torch, work);
    } finally {
      deleteTree(work);
    }
  }

  private void fashion(ReferenceRuns torch, Path work) throws Exception {
    if (fashionEpochs <= 0) {
      return;
    }
    try {
      DataSources.fromEnvironment().resolve("fashion");
    } catch (IOException e) {
      err.println("latentlab: skipping Fashion-MNIST training: " + e.getMessage());
      return;
    }
    List<Double> javaEpoch = new ArrayList<>();
    List<Double> torchEpoch = new ArrayList<>();
    long peak = 0;
    for (int round = 1; round <= rounds; round++) {
      progress(String.format(Locale.ROOT, "Fashion-MNIST 60k, round %d/%d: LatentLab (%d epochs)",
          round, rounds, fashionEpochs));
      JsonNode j = checked(ChildRuns.latentlab(List.of(), "train", "--kind", "vae", "--data",
          "fashion", "--epochs", Integer.toString(fashionEpochs), "--seed", Integer.toString(round),
          "--threads", Integer.toString(threads), "--out", work.resolve("fashion-" + round).toString(),
          "--json")).lastJson();
      javaEpoch.add(j.get("medianSecondsPerEpoch").asDouble());
      if (j.hasNonNull("peakRssMb")) {
        peak = Math.max(peak, j.get("peakRssMb").asLong());
      }
      if (torch != null) {
        progress(String.format(Locale.ROOT, "Fashion-MNIST 60k, round %d/%d: PyTorch reference",
            round, rounds));
        torchEpoch.add(steadyEpochSeconds(torch.vae(null, null, fashionEpochs, threads, round)));
      }
    }
    json.put("trainEpochSecondsFashion", median(javaEpoch));
    json.put("rssMbFashion", peak > 0 ? peak : null);
    if (torch != null) {
      json.put("torchTrainEpochSecondsFashion", median(torchEpoch));
      json.put("trainEpochRatioFashion",
          ratio(json.get("trainEpochSecondsFashion"), json.get("torchTrainEpochSecondsFashion")));
    }
  }

  /** The reference's median seconds per epoch, leaving out its first epoch as for LatentLab. */
  private static double steadyEpochSeconds(JsonNode torchRun) {
    List<Double> secs = new ArrayList<>();
    for (JsonNode e : torchRun.get("epochs")) {
      secs.add(e.get("seconds").asDouble());
    }
    List<Double> timed = secs.size() > 1 ? secs.subList(1, secs.size()) : secs;
    return Stats.median(Stats.toArray(timed));
  }

  private static ChildRuns.Run checked(ChildRuns.Run r) throws IOException {
    if (r.exit() != 0) {
      throw new IOException("a benchmark run failed (exit " + r.exit() + ")");
    }
    return r;
  }

  private void progress(String what) {
    err.println("bench: " + what + " ...");
    err.flush();
  }

  private static ExplorerSession session(String data) throws IOException {
    LatentModel ae = LatentModels.openBundled(data + "-ae");
    LatentModel vae = null;
    try {
      vae = LatentModels.openBundled(data + "-vae");
      var images = new ImageSetImages(DataSources.fromEnvironment().training(data));
      return new ExplorerSession(data, images, ae, vae);
    } catch (IOException | RuntimeException e) {
      ae.close();
      if (vae != null) {
        vae.close();
      }
      throw e;
    }
  }

  private static Double median(List<Double> xs) {
    return xs.isEmpty() ? null : Stats.median(Stats.toArray(xs));
  }

  private static Double mean(List<Double> xs) {
    return xs.isEmpty() ? null : xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  private static Double ratio(Object a, Object b) {
    return a instanceof Double x && b instanceof Double y && y > 0 ? x / y : null;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private void printTable(PrintWriter out) {
    out.println();
    out.printf(Locale.ROOT, "%-52s %12s %12s %8s%n", "what", "LatentLab", "PyTorch", "ratio");
    row(out, "decode one latent point, median (us)", "decodeMedianUs", "torchDecodeMedianUs", "decodeRatio");
    row(out, "decode one latent point, p99 (us)", "decodeP99Us", null, null);
    row(out, "decode a 400-point grid, median (ms)", "grid400Ms", "torchGrid400Ms", "grid400Ratio");
    row(out, "mouse event -> image on screen, median (ms)", "clickToImageMedianMs", null, null);
    row(out, "mouse event -> image on screen, p99 (ms)", "clickToImageP99Ms", null, null);
    row(out, "  first drag after start-up, median (ms)", "clickToImageColdMedianMs", null, null);
    row(out, "  first drag after start-up, p99 (ms)", "clickToImageColdP99Ms", null, null);
    row(out, "redraw plane, 10,000 points (ms)", "redraw10kMs", null, null);
    row(out, "redraw plane, 60,000 points (ms)", "redraw60kMs", null, null);
    row(out, "start-up to first frame, warm (s)", "startupSeconds", null, null);
    row(out, "GUI resident memory, 2 models loaded (MB)", "guiRssLoadedMb", null, null);
    row(out, "  after the warm-up decodes (MB)", "guiRssMb", null, null);
    row(out, "  after 100,000 more decodes (MB)", "guiRssAfterDecodesMb", null, null);
    row(out, "  change over those decodes", "guiRssChange", null, null);
    row(out, "train VAE, 10k MNIST, s/epoch (steady median)", "trainEpochSeconds", "torchTrainEpochSeconds", "trainEpochRatio");
    row(out, "train VAE, 60k Fashion, s/epoch (steady median)", "trainEpochSecondsFashion", "torchTrainEpochSecondsFashion", "trainEpochRatioFashion");
    row(out, "training peak resident memory (MB)", "rssMb", null, null);
    row(out, "test -ELBO (z = mu) after 20 epochs (nats)", "negElbo20", "torchNegElbo20", null);
    row(out, "  -ELBO LatentLab minus PyTorch (nats)", "negElboDelta", null, null);
  }

  private void row(PrintWriter out, String what, String java, String torch, String ratio) {
    out.printf(Locale.ROOT, "%-52s %12s %12s %8s%n", what, fmt(json.get(java)),
        torch == null ? "" : fmt(json.get(torch)), ratio == null ? "" : fmt(json.get(ratio)));
  }

  private static String fmt(Object v) {
    if (v == null) {
      return "-";
    }
    return v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : v.toString();
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

  /** One JSON object on one line (Jackson). */
  static final class BenchJson {
    private BenchJson() {}

    static String line(Map<String, Object> m) {
      try {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(m);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
