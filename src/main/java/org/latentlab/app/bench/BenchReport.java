package org.latentlab.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** What {@code bench} prints: a table for people and one JSON line for scripts. */
final class BenchReport {
  private BenchReport() {}

  /** The table a person reads; rows whose values were not measured show "-". */
  static void printTable(PrintWriter out, Map<String, Object> json) {
    out.println();
    out.printf(Locale.ROOT, "%-52s %12s %12s %8s%n", "what", "LatentLab", "PyTorch", "ratio");
    row(
        out,
        json,
        "decode one latent point, median (us)",
        "decodeMedianUs",
        "torchDecodeMedianUs",
        "decodeRatio");
    row(out, json, "decode one latent point, p99 (us)", "decodeP99Us", null, null);
    row(
        out,
        json,
        "decode a 400-point grid, median (ms)",
        "grid400Ms",
        "torchGrid400Ms",
        "grid400Ratio");
    row(
        out,
        json,
        "mouse event -> image on screen, median (ms)",
        "clickToImageMedianMs",
        null,
        null);
    row(out, json, "mouse event -> image on screen, p99 (ms)", "clickToImageP99Ms", null, null);
    row(
        out,
        json,
        "  first drag after start-up, median (ms)",
        "clickToImageColdMedianMs",
        null,
        null);
    row(out, json, "  first drag after start-up, p99 (ms)", "clickToImageColdP99Ms", null, null);
    row(out, json, "lesson scene change -> drawn, median (ms)", "sceneSwitchMedianMs", null, null);
    row(out, json, "lesson scene change -> drawn, p99 (ms)", "sceneSwitchP99Ms", null, null);
    row(out, json, "pen stroke -> both planes drawn, median (ms)", "strokeMedianMs", null, null);
    row(out, json, "pen stroke -> both planes drawn, p99 (ms)", "strokeP99Ms", null, null);
    row(out, json, "redraw plane, 10,000 points (ms)", "redraw10kMs", null, null);
    row(out, json, "redraw plane, 60,000 points (ms)", "redraw60kMs", null, null);
    row(out, json, "start-up to first frame, warm (s)", "startupSeconds", null, null);
    row(out, json, "GUI resident memory, 2 models loaded (MB)", "guiRssLoadedMb", null, null);
    row(out, json, "  after the warm-up decodes (MB)", "guiRssMb", null, null);
    row(out, json, afterDecodes(json.get("guiDecodes")), "guiRssAfterDecodesMb", null, null);
    row(out, json, "  change over those decodes", "guiRssChange", null, null);
    row(out, json, "  Java heap committed, before / after (MB)", "guiHeapCommittedMb", null, null);
    row(
        out,
        json,
        "train VAE, 10k MNIST, s/epoch (steady median)",
        "trainEpochSeconds",
        "torchTrainEpochSeconds",
        "trainEpochRatio");
    row(
        out,
        json,
        "train VAE, 60k Fashion, s/epoch (steady median)",
        "trainEpochSecondsFashion",
        "torchTrainEpochSecondsFashion",
        "trainEpochRatioFashion");
    row(out, json, "Train tab (live plane, charts), s/epoch", "trainTabEpochSeconds", null, null);
    row(
        out,
        json,
        "  train beside it, same rounds, s/epoch",
        "trainTabCliEpochSeconds",
        null,
        null);
    row(out, json, "  Train tab / train", "trainTabRatio", null, null);
    row(out, json, "  window RSS before each run (MB)", "trainTabRssBeforeMb", null, null);
    row(out, json, "  window RSS 3 s after each run (MB)", "trainTabRssAfterMb", null, null);
    row(out, json, "  most a run left behind (MB)", "trainTabRssLeftPerRunMb", null, null);
    row(out, json, "training peak resident memory (MB)", "rssMb", null, null);
    row(
        out,
        json,
        "test -ELBO (z = mu) after 20 epochs (nats)",
        "negElbo20",
        "torchNegElbo20",
        null);
    row(out, json, "  -ELBO LatentLab minus PyTorch (nats)", "negElboDelta", null, null);
  }

  /** The memory row's label, with the number of decodes the bench made ("after 100,000 more …"). */
  static String afterDecodes(Object decodes) {
    return decodes instanceof Number n
        ? String.format(Locale.ROOT, "  after %,d more decodes (MB)", n.longValue())
        : "  after the timed decodes (MB)";
  }

  private static void row(
      PrintWriter out,
      Map<String, Object> json,
      String what,
      String java,
      String torch,
      String ratio) {
    out.printf(
        Locale.ROOT,
        "%-52s %12s %12s %8s%n",
        what,
        fmt(json.get(java)),
        torch == null ? "" : fmt(json.get(torch)),
        ratio == null ? "" : fmt(json.get(ratio)));
  }

  private static String fmt(Object v) {
    if (v == null) {
      return "-";
    }
    return v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : v.toString();
  }

  /** One JSON object on one line (Jackson). */
  static String jsonLine(Map<String, Object> json) {
    try {
      return new ObjectMapper().writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
