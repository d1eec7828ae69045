package org.latentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.latentlab.data.ImageSet;
import org.latentlab.latent.kinds.Corruption;
import org.latentlab.model.AutoencoderModel;
import org.latentlab.model.ModelKind;
import org.latentlab.model.ModelStore;
import org.latentlab.train.KindEvaluator;

/**
 * The part of {@code eval} for a denoising or a sparse autoencoder: its denoising error at a few
 * noise levels, or how sparse its hidden code is, each beside a plain autoencoder's on the same
 * images. Empty for the other kinds.
 */
final class KindComparison {
  private final ModelKind kind;
  private final String baselineName;
  private final Corruption.Type noise;
  private final List<Double> levels;
  private final List<double[]> errors;
  private final KindEvaluator.Activity activity;
  private final KindEvaluator.Activity baselineActivity;

  private KindComparison(
      ModelKind kind,
      String baselineName,
      Corruption.Type noise,
      List<Double> levels,
      List<double[]> errors,
      KindEvaluator.Activity activity,
      KindEvaluator.Activity baselineActivity) {
    this.kind = kind;
    this.baselineName = baselineName;
    this.noise = noise;
    this.levels = levels;
    this.errors = errors;
    this.activity = activity;
    this.baselineActivity = baselineActivity;
  }

  /**
   * Measures {@code model} (and the baseline) on {@code data}.
   *
   * @param baseline a model folder or bundled name, or null for the bundled AE of the same data
   * @param levels the denoising table's noise levels, or null for the defaults
   */
  static KindComparison measure(
      AutoencoderModel model, ImageSet data, String baseline, List<Double> levels, long seed)
      throws IOException {
    ModelKind kind = model.metadata().spec().kind();
    if (kind != ModelKind.DAE && kind != ModelKind.SAE) {
      if (baseline != null || levels != null) {
        throw new UserInputException(
            "--baseline and --noise-levels are for a dae or an sae, not " + kind.id());
      }
      return new KindComparison(kind, null, null, List.of(), List.of(), null, null);
    }
    List<Double> noiseLevels = levels == null ? KindEvaluator.DEFAULT_LEVELS : levels;
    Corruption.Type type =
        kind == ModelKind.DAE ? model.metadata().noise().type() : Corruption.Type.GAUSSIAN;
    for (double level : noiseLevels) {
      try {
        new Corruption(type, level);
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--noise-levels: " + e.getMessage());
      }
    }
    String name = baseline != null ? baseline : model.metadata().dataset() + "-ae";
    try (AutoencoderModel base = openBaseline(baseline, name)) {
      if (base != null && base.metadata().spec().kind() != ModelKind.AE) {
        throw new UserInputException(
            "--baseline " + name + " is a " + base.metadata().spec().kind().id() + ", not an ae");
      }
      List<AutoencoderModel> models = new ArrayList<>(List.of(model));
      if (base != null) {
        models.add(base);
      }
      try {
        if (kind == ModelKind.DAE) {
          return new KindComparison(
              kind,
              base == null ? null : name,
              type,
              noiseLevels,
              KindEvaluator.denoisingTable(models, data, type, noiseLevels, seed),
              null,
              null);
        }
        return new KindComparison(
            kind,
            base == null ? null : name,
            null,
            List.of(),
            List.of(),
            KindEvaluator.activity(model, data),
            base == null ? null : KindEvaluator.activity(base, data));
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage());
      }
    }
  }

  /** The baseline: a folder, a bundled model, or (by default) the bundled AE if there is one. */
  private static AutoencoderModel openBaseline(String given, String name) throws IOException {
    if (given != null && Files.isDirectory(Path.of(given))) {
      return ModelStore.load(Path.of(given));
    }
    try {
      return ModelStore.loadBundled(name);
    } catch (IOException e) {
      if (given != null) {
        throw new UserInputException(
            "--baseline " + given + " is neither a model folder nor a bundled model");
      }
      return null; // data with no bundled AE: the model alone
    }
  }

  /** Prints the table (nothing for an AE or a VAE). */
  void print(PrintWriter out) {
    if (kind == ModelKind.DAE) {
      out.printf(
          Locale.ROOT,
          "Denoising error (%s noise; cross-entropy of the clean image, nats/image):%n",
          noise.id());
      out.printf(
          Locale.ROOT,
          "  %-7s %10s%s%n",
          "level",
          "this DAE",
          baselineName == null ? "" : String.format(Locale.ROOT, " %12s", baselineName));
      for (int i = 0; i < levels.size(); i++) {
        double[] row = errors.get(i);
        out.printf(
            Locale.ROOT,
            "  %-7s %10.2f%s%n",
            new java.math.BigDecimal(Double.toString(levels.get(i)))
                .stripTrailingZeros()
                .toPlainString(),
            row[0],
            row.length > 1 ? String.format(Locale.ROOT, " %12.2f", row[1]) : "");
      }
    } else if (kind == ModelKind.SAE) {
      out.printf(
          Locale.ROOT,
          "Hidden code (%d units): mean activation %.4f, active units %.1f%%%n",
          activity.units(),
          activity.meanActivation(),
          100 * activity.fractionActive());
      if (baselineActivity != null) {
        out.printf(
            Locale.ROOT,
            "  %s: mean activation %.4f, active units %.1f%%%n",
            baselineName,
            baselineActivity.meanActivation(),
            100 * baselineActivity.fractionActive());
      }
    }
  }

  /** Adds the table to a JSON result (nothing for an AE or a VAE). */
  Json addTo(Json json) {
    if (kind == ModelKind.DAE) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int i = 0; i < levels.size(); i++) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("level", levels.get(i));
        row.put("model", errors.get(i)[0]);
        row.put("baseline", errors.get(i).length > 1 ? errors.get(i)[1] : null);
        rows.add(row);
      }
      json.put("noise", noise.id()).put("baseline", baselineName).put("denoising", rows);
    } else if (kind == ModelKind.SAE) {
      json.put("baseline", baselineName)
          .put("meanActivation", activity.meanActivation())
          .put("fractionActive", activity.fractionActive())
          .put(
              "baselineMeanActivation",
              baselineActivity == null ? null : baselineActivity.meanActivation())
          .put(
              "baselineFractionActive",
              baselineActivity == null ? null : baselineActivity.fractionActive());
    }
    return json;
  }
}
