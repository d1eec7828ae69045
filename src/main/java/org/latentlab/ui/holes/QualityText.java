package org.latentlab.ui.holes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latentlab.latent.quality.ManifoldScores;
import org.latentlab.latent.quality.QualityScores;
import org.latentlab.latent.quality.SampleScores;

/** The latent-quality scores as short labelled values, for badges and figures. */
final class QualityText {
  private QualityText() {}

  /**
   * One score: a short name, its value, and what it means.
   *
   * @param name "Complete"
   * @param value "41.2%"
   * @param meaning a sentence for tooltips and figure captions
   */
  record Item(String name, String value, String meaning) {}

  /** The scores in reading order; {@code prior} only for a VAE. */
  static List<Item> items(QualityScores s) {
    List<Item> out = new ArrayList<>();
    if (s.collapsed()) {
      // A collapsed decoder scores "no holes, perfectly even": true of one image, and misleading.
      out.add(
          new Item(
              "Decoder collapsed",
              String.format(Locale.ROOT, "spread %.3f", s.decoderSpread()),
              "every code decodes to nearly the same image, so completeness, holes and step"
                  + " ratios say nothing about this latent space"));
      out.add(reconstruction(s));
      return out;
    }
    out.add(
        new Item(
            "Complete",
            percent(s.completeness()),
            "of 2,000 draws from a Gaussian fitted to the codes decode confidently (\u2265 0.9)"));
    if (s.completenessPrior() != null) {
      out.add(
          new Item(
              "From N(0, I)",
              percent(s.completenessPrior()),
              "of 2,000 draws from the prior N(0, I) decode confidently (\u2265 0.9)"));
    }
    out.add(
        new Item(
            "Holes",
            percent(s.holeFraction()),
            "of a 50 \u00d7 50 grid over the codes' 1\u201399 % box decodes with confidence < 0.5"));
    out.add(
        new Item(
            "Step ratio",
            String.format(Locale.ROOT, "%.2f", s.continuityRatio()),
            "largest \u00f7 mean pixel change per step on 500 random 16-step paths (1 = even)"));
    out.add(
        new Item(
            "Label changes",
            String.format(Locale.ROOT, "%.2f", s.labelChanges()),
            "times the classifier's label changes along such a path, on average"));
    if (s.fitted() != null) {
      samples(out, false, "the fitted Gaussian", s.fitted());
    }
    if (s.prior() != null) {
      samples(out, true, "N(0, I)", s.prior());
    }
    if (s.offManifold() != null) {
      out.add(
          new Item(
              "Off manifold",
              percent(s.offManifold()),
              "of the 50 \u00d7 50 grid decodes outside every real image's k-NN ball (k = 3) in"
                  + " the classifier's features"));
    }
    out.add(reconstruction(s));
    return out;
  }

  /** Precision and recall, density and coverage, and class balance of one set of samples. */
  private static void samples(List<Item> out, boolean prior, String source, SampleScores s) {
    ManifoldScores f = s.features();
    ManifoldScores p = s.pixels();
    out.add(
        new Item(
            prior ? "Prior P/R" : "Prec/recall",
            two(f.precision(), f.recall()),
            "draws from "
                + source
                + " in real k-NN balls / real images in the draws' (features, k = 3; in pixels "
                + two(p.precision(), p.recall())
                + ")"));
    out.add(
        new Item(
            prior ? "Prior D/C" : "Dens/cover",
            two(f.density(), f.coverage()),
            "real balls per draw \u00f7 k / real balls holding a draw (Naeem 2020; in pixels "
                + two(p.density(), p.coverage())
                + ")"));
    out.add(
        new Item(
            prior ? "Prior class KL" : "Class KL",
            String.format(Locale.ROOT, "%.3f", s.balance().kl()),
            String.format(
                Locale.ROOT,
                "nats, KL(draws' classes \u2016 real classes); largest class %.0f%% of draws",
                100 * s.balance().largestShare())));
  }

  private static String two(double a, double b) {
    return String.format(Locale.ROOT, "%.2f/%.2f", a, b);
  }

  private static Item reconstruction(QualityScores s) {
    return new Item(
        "Reconstruction",
        String.format(Locale.ROOT, "%.1f", s.reconstruction()),
        "mean cross-entropy of the images' reconstructions, in nats");
  }

  private static String percent(double f) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * f);
  }
}
