package org.latentlab.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.latentlab.app.FxSettings;
import org.latentlab.app.GuiJvm;
import org.latentlab.app.GuiLauncher;
import org.latentlab.app.ImageSetImages;
import org.latentlab.app.offscreen.OffscreenFx;
import org.latentlab.data.DataSources;
import org.latentlab.inference.LatentModel;
import org.latentlab.inference.LatentModels;
import org.latentlab.ui.explorer.ExplorerSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code latentlab bench}: what a lecturer feels (decoding, the cursor, redraws, start-up) and what
 * a student compares (training speed, memory, quality), on the bundled models and data. When {@code
 * /usr/bin/python3} has torch, the PyTorch reference runs the same training in the same run,
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
public final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--quick",
      description = "A tiny end-to-end run: few calls, 1 epoch on 500 images, no reference.")
  boolean quick;

  @Option(
      names = "--decode-calls",
      defaultValue = "2000",
      description = "Timed single-point decodes (default: 2000).")
  int decodeCalls;

  @Option(
      names = "--moves",
      defaultValue = "500",
      description = "Mouse events in the scripted drag (default: 500).")
  int moves;

  @Option(
      names = "--move-interval",
      defaultValue = "8",
      paramLabel = "MS",
      description = "Milliseconds between mouse events, about a 125 Hz mouse (default: 8).")
  long moveInterval;

  @Option(
      names = "--gui-decodes",
      defaultValue = "100000",
      description = "Decodes for the GUI memory check (default: 100000).")
  int guiDecodes;

  @Option(
      names = "--rounds",
      defaultValue = "3",
      description = "A/B rounds of training, one seed each (default: 3).")
  int rounds;

  @Option(
      names = "--epochs",
      defaultValue = "20",
      description = "Epochs of each MNIST training run (default: 20).")
  int epochs;

  @Option(
      names = "--fashion-epochs",
      defaultValue = "3",
      description = "Epochs of the Fashion-MNIST run, 0 to skip (default: 3).")
  int fashionEpochs;

  @Option(
      names = "--train-tab-epochs",
      defaultValue = "5",
      description = "Epochs of each Train tab run timed beside train, 0 to skip (default: 5).")
  int trainTabEpochs;

  @Option(
      names = "--reference",
      defaultValue = "../shared/reference/torch_vae.py",
      paramLabel = "FILE",
      description = "The PyTorch reference script (default: ${DEFAULT-VALUE}).")
  Path reference;

  @Option(names = "--no-reference", description = "Do not run the PyTorch reference.")
  boolean noReference;

  @Option(
      names = "--test-images",
      defaultValue = "../shared/data/mnist-t10k/t10k-images-idx3-ubyte.gz",
      description = "Held-out images for the -ELBO (default: ${DEFAULT-VALUE}).")
  Path testImages;

  @Option(
      names = "--test-labels",
      defaultValue = "../shared/data/mnist-t10k/t10k-labels-idx1-ubyte.gz",
      description = "Their labels (default: ${DEFAULT-VALUE}).")
  Path testLabels;

  @Option(names = "--no-startup", description = "Skip the start-up measurement.")
  boolean noStartup;

  @Option(names = "--no-training", description = "Skip training (and the PyTorch reference).")
  boolean noTraining;

  @Option(
      names = "--headless",
      description = "Use the headless renderer even when a display is present.")
  boolean headless;

  @Option(
      names = "--threads",
      defaultValue = "2",
      paramLabel = "N",
      description = "Intra-op threads for both sides (default: 2).")
  int threads;

  @Option(
      names = "--window-part",
      hidden = true,
      description =
          "Measure only decoding and the window, in this process (bench runs this in a child with the window's JVM options).")
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
      trainTabEpochs = 2;
      noReference = true;
    }
    for (String k :
        List.of(
            "decodeMedianUs",
            "decodeP99Us",
            "grid400Ms",
            "clickToImageMedianMs",
            "clickToImageP99Ms",
            "sceneSwitchMedianMs",
            "sceneSwitchP99Ms",
            "strokeMedianMs",
            "strokeP99Ms",
            "redraw10kMs",
            "redraw60kMs",
            "startupSeconds",
            "trainEpochSeconds",
            "rssMb",
            "negElbo20",
            "guiRssMb",
            "guiRssAfterDecodesMb")) {
      json.put(k, null);
    }
    if (windowPart) {
      GuiLauncher.passiveOpenMp(); // as the window runs, before decoding starts the engine
      decoding();
      explorer();
      spec.commandLine().getOut().println(BenchReport.jsonLine(json));
      return 0;
    }
    windowMeasurements();
    if (!noStartup) {
      startup();
    }
    if (!noTraining) {
      new TrainingBench(
              new TrainingBench.Settings(
                  rounds,
                  epochs,
                  fashionEpochs,
                  threads,
                  quick,
                  noReference ? null : reference,
                  testImages,
                  testLabels,
                  trainTabEpochs),
              json,
              err)
          .run();
    }
    PeakProbe.run(json, threads, quick ? 500 : 10_000, quick ? 1024 : PeakProbe.N, err);
    BenchReport.printTable(spec.commandLine().getOut(), json);
    PeakProbe.printRows(spec.commandLine().getOut(), json);
    spec.commandLine().getOut().println(BenchReport.jsonLine(json));
    return 0;
  }

  /**
   * Decoding and the window are measured in a child JVM started like the window itself ({@link
   * GuiJvm}), since JIT settings change what a user feels there.
   */
  private void windowMeasurements() throws Exception {
    progress("decoding and the window, in a child JVM with the window's options " + GuiJvm.OPTIONS);
    List<String> args =
        new ArrayList<>(
            List.of(
                "bench",
                "--window-part",
                "--decode-calls",
                Integer.toString(decodeCalls),
                "--moves",
                Integer.toString(moves),
                "--move-interval",
                Long.toString(moveInterval),
                "--gui-decodes",
                Integer.toString(guiDecodes),
                "--threads",
                Integer.toString(threads)));
    if (quick) {
      args.add("--quick");
    }
    if (headless) {
      args.add("--headless");
    }
    JsonNode child =
        ChildRuns.latentlab(GuiJvm.OPTIONS, args.toArray(String[]::new)).orThrow().lastJson();
    child
        .fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().isNull()) {
                json.put(
                    e.getKey(),
                    e.getValue().isNumber()
                        ? (Object) e.getValue().numberValue()
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
      json.put("grid400Ms", DecodeTiming.grid(vae, 400, quick ? 20 : 500));
    }
  }

  private void explorer() throws Exception {
    progress("the explorer window (headless): drag, redraw, memory");
    FxSettings.apply(); // measure the window as it runs, at its pulse rate
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
      json.put("guiDecodes", rss[3]);
      json.put("guiHeapCommittedMb", List.of(rss[4], rss[5]));
      double[] scenes =
          Stats.toArray(
              ui.sceneSwitches(
                  org.latentlab.lesson.Lessons.bundled(org.latentlab.lesson.Lessons.AE_TO_VAE),
                  quick ? 1 : 3));
      json.put("sceneSwitchMedianMs", Stats.median(scenes));
      json.put("sceneSwitchP99Ms", Stats.percentile(scenes, 99));
      json.put("sceneSwitches", scenes.length);
      double[] strokes = Stats.toArray(ui.strokes(quick ? 20 : 200));
      json.put("strokeMedianMs", Stats.median(strokes));
      json.put("strokeP99Ms", Stats.percentile(strokes, 99));
      json.put("strokes", strokes.length);
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
    jvm.add("-Dprism.order=sw");
    if (headless || System.getenv("DISPLAY") == null) {
      jvm.addAll(
          List.of(
              "-Dglass.platform=Monocle",
              "-Dmonocle.platform=Headless",
              "-Dheadless.geometry=1920x1200-32"));
    }
    double[] t = new double[3];
    for (int i = 0; i < t.length; i++) {
      List<String> cmd = commandLine(jvm, WindowProbes.class);
      cmd.add("first-frame");
      ChildRuns.Run r = ChildRuns.run(cmd, "first-frame");
      if (r.exit() != 0 || !r.out().contains("first-frame")) {
        err.println("latentlab: the start-up run failed (exit " + r.exit() + ")");
        return;
      }
      t[i] = r.seconds();
    }
    json.put("startupSeconds", Stats.median(t));
  }

  private static List<String> commandLine(List<String> jvm, Class<?> main) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(main.getName());
    return cmd;
  }

  private void progress(String what) {
    progress(err, what);
  }

  /** One progress line on stderr. */
  static void progress(PrintWriter err, String what) {
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
}
