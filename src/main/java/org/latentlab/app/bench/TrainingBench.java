package org.latentlab.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latentlab.data.BundledMnist;
import org.latentlab.data.DataSources;
import org.latentlab.data.IdxWriter;

/**
 * The training half of {@code bench}: LatentLab's {@code train} and the PyTorch reference on the
 * same data and settings, one after the other in each round (A B A B), each round with its own
 * seed.
 */
final class TrainingBench {
  /**
   * @param reference the PyTorch reference script, or null not to run it
   * @param testImages held-out images for the −ELBO (skipped when absent)
   * @param trainTabEpochs epochs of each Train tab run beside {@code train}, 0 to skip
   */
  record Settings(
      int rounds,
      int epochs,
      int fashionEpochs,
      int threads,
      boolean quick,
      Path reference,
      Path testImages,
      Path testLabels,
      int trainTabEpochs) {}

  private final Settings s;
  private final Map<String, Object> json;
  private final PrintWriter err;

  TrainingBench(Settings s, Map<String, Object> json, PrintWriter err) {
    this.s = s;
    this.json = json;
    this.err = err;
  }

  /** Runs every round and puts the results into the JSON map. */
  void run() throws Exception {
    Path work = Files.createTempDirectory("latentlab-bench");
    try {
      Path[] mnist = {work.resolve("train-images.gz"), work.resolve("train-labels.gz")};
      IdxWriter.write(BundledMnist.load(), mnist[0], mnist[1]);
      boolean haveTest = Files.isRegularFile(s.testImages()) && Files.isRegularFile(s.testLabels());
      if (!haveTest) {
        err.println(
            "latentlab: no held-out test set at " + s.testImages() + ": -ELBO not measured");
      }
      ReferenceRuns torch = null;
      if (s.reference() != null) {
        StringBuilder why = new StringBuilder();
        torch = ReferenceRuns.find(s.reference(), why).orElse(null);
        json.put("reference", torch == null ? "absent: " + why : "PyTorch, " + s.reference());
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
      for (int round = 1; round <= s.rounds(); round++) {
        BenchCommand.progress(
            err,
            String.format(
                Locale.ROOT,
                "training round %d/%d: LatentLab (%d epochs)",
                round,
                s.rounds(),
                s.epochs()));
        Path out = work.resolve("vae-" + round);
        List<String> args = trainArgs(s.epochs(), round, s.threads(), out);
        if (s.quick()) {
          args.addAll(List.of("--limit", "500"));
        }
        JsonNode j =
            ChildRuns.latentlab(List.of(), args.toArray(String[]::new)).orThrow().lastJson();
        javaEpoch.add(j.get("medianSecondsPerEpoch").asDouble());
        if (j.hasNonNull("peakRssMb")) {
          peakRss = Math.max(peakRss, j.get("peakRssMb").asLong());
        }
        if (haveTest) {
          JsonNode e =
              ChildRuns.latentlab(
                      List.of(),
                      "eval",
                      "--model",
                      out.toString(),
                      "--images",
                      s.testImages().toString(),
                      "--labels",
                      s.testLabels().toString(),
                      "--json")
                  .orThrow()
                  .lastJson();
          javaElbo.add(e.get("negElbo").asDouble());
        }
        if (torch != null) {
          BenchCommand.progress(
              err,
              String.format(
                  Locale.ROOT, "training round %d/%d: PyTorch reference", round, s.rounds()));
          JsonNode t =
              torch.vae(
                  mnist,
                  haveTest ? new Path[] {s.testImages(), s.testLabels()} : null,
                  s.epochs(),
                  s.threads(),
                  round);
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
      json.put("trainEpochs", s.epochs());
      json.put("trainRounds", s.rounds());
      if (s.epochs() == 20 && !javaElbo.isEmpty()) {
        json.put("negElbo20", mean(javaElbo));
      }
      if (torch != null) {
        json.put("torchDecodeMedianUs", median(torchDecode));
        json.put("torchGrid400Ms", median(torchGrid));
        json.put("grid400Ratio", ratio(json.get("grid400Ms"), json.get("torchGrid400Ms")));
        json.put("torchTrainEpochSeconds", median(torchEpoch));
        json.put(
            "torchNegElbo20", s.epochs() == 20 && !torchElbo.isEmpty() ? mean(torchElbo) : null);
        json.put("decodeRatio", ratio(json.get("decodeMedianUs"), json.get("torchDecodeMedianUs")));
        json.put(
            "trainEpochRatio",
            ratio(json.get("trainEpochSeconds"), json.get("torchTrainEpochSeconds")));
        json.put(
            "negElboDelta",
            json.get("negElbo20") instanceof Double a
                    && json.get("torchNegElbo20") instanceof Double b
                ? a - b
                : null);
      }
      fashion(torch, work);
      if (s.trainTabEpochs() > 0) {
        new TrainTabBench(
                new TrainTabBench.Settings(
                    s.rounds(), s.trainTabEpochs(), s.quick() ? 1000 : 0, s.threads()),
                json,
                err)
            .run(work);
      }
    } finally {
      deleteTree(work);
    }
  }

  private void fashion(ReferenceRuns torch, Path work) throws Exception {
    if (s.fashionEpochs() <= 0) {
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
    for (int round = 1; round <= s.rounds(); round++) {
      BenchCommand.progress(
          err,
          String.format(
              Locale.ROOT,
              "Fashion-MNIST 60k, round %d/%d: LatentLab (%d epochs)",
              round,
              s.rounds(),
              s.fashionEpochs()));
      JsonNode j =
          ChildRuns.latentlab(
                  List.of(),
                  "train",
                  "--kind",
                  "vae",
                  "--data",
                  "fashion",
                  "--epochs",
                  Integer.toString(s.fashionEpochs()),
                  "--seed",
                  Integer.toString(round),
                  "--threads",
                  Integer.toString(s.threads()),
                  "--out",
                  work.resolve("fashion-" + round).toString(),
                  "--json")
              .orThrow()
              .lastJson();
      javaEpoch.add(j.get("medianSecondsPerEpoch").asDouble());
      if (j.hasNonNull("peakRssMb")) {
        peak = Math.max(peak, j.get("peakRssMb").asLong());
      }
      if (torch != null) {
        BenchCommand.progress(
            err,
            String.format(
                Locale.ROOT,
                "Fashion-MNIST 60k, round %d/%d: PyTorch reference",
                round,
                s.rounds()));
        torchEpoch.add(
            steadyEpochSeconds(torch.vae(null, null, s.fashionEpochs(), s.threads(), round)));
      }
    }
    json.put("trainEpochSecondsFashion", median(javaEpoch));
    json.put("rssMbFashion", peak > 0 ? peak : null);
    if (torch != null) {
      json.put("torchTrainEpochSecondsFashion", median(torchEpoch));
      json.put(
          "trainEpochRatioFashion",
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

  private static Double median(List<Double> xs) {
    return xs.isEmpty() ? null : Stats.median(Stats.toArray(xs));
  }

  private static Double mean(List<Double> xs) {
    return xs.isEmpty()
        ? null
        : xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
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

  /**
   * The arguments of one child {@code train} run of the bench's VAE on the bundled MNIST digits, as
   * a list more options can be added to.
   */
  static List<String> trainArgs(int epochs, int seed, int threads, Path out) {
    return new ArrayList<>(
        List.of(
            "train",
            "--kind",
            "vae",
            "--data",
            "mnist",
            "--epochs",
            Integer.toString(epochs),
            "--seed",
            Integer.toString(seed),
            "--threads",
            Integer.toString(threads),
            "--out",
            out.toString(),
            "--json"));
  }
}
