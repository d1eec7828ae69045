package org.latentlab.latent.quality;

import java.util.Objects;
import org.latentlab.latent.Bounds;
import org.latentlab.latent.GaussianFit;
import org.latentlab.latent.Projection;

/**
 * LatentLab's latent-quality metrics: the lecture's claim that an autoencoder's latent space has
 * holes and a VAE's is continuous and complete, as numbers. One implementation serves the window
 * and the {@code report} command, and an AE and a VAE go through exactly the same steps; only the
 * VAE additionally gets {@code completenessPrior}.
 *
 * <p>"Reference codes" are the codes of the evaluation images: the AE's z, the VAE's μ. With the
 * default {@link Settings}:
 *
 * <ul>
 *   <li><b>completeness</b>: M = 2,000 codes drawn from the Gaussian fitted to the reference codes
 *       (their mean and full covariance; {@link GaussianFit}); the fraction whose decode the
 *       classifier labels with confidence ≥ 0.9. For a VAE also from its prior N(0, I).
 *   <li><b>hole fraction</b>: a 50 × 50 grid over the box from the 1st to the 99th percentile of
 *       the reference codes' plane coordinates; the fraction of cells whose decode has confidence
 *       &lt; 0.5 ({@link HoleMap}). For more than two latent dimensions the plane is that of the
 *       first two principal components through the codes' mean.
 *   <li><b>continuity</b>: 500 random pairs of evaluation images, 16 equal latent steps each; the
 *       mean ratio of the largest to the mean pixel-space step and the mean number of label changes
 *       per path ({@link Continuity}).
 *   <li><b>reconstruction</b>: the mean reconstruction cross-entropy of the evaluation images.
 *   <li><b>decoder spread</b>: how much the decodes of the codes differ ({@link DecoderSpread}); a
 *       collapsed decoder (every decode the same image) makes the other scores meaningless.
 * </ul>
 *
 * <p>Given held-out real images ({@link HeldOut}), the same samples are also judged the way
 * generative-model research judges samples: precision, recall, density and coverage with k-NN balls
 * (k = 3) in the classifier's penultimate-layer feature space and in pixel space ({@link
 * ManifoldScores}), and their class balance ({@link ClassBalance}); and every hole-map cell is
 * judged on or off the real images' manifold.
 *
 * <p>Every random choice comes from {@code seed}, so a run repeats exactly for the same model,
 * images and settings (decoding itself is deterministic).
 */
public final class LatentQuality {
  private final Settings settings;

  /**
   * The knobs of the metrics.
   *
   * @param samples M, codes drawn for completeness
   * @param confident the confidence a sample needs to count as complete (0.9)
   * @param cells grid cells per side for the hole fraction (50)
   * @param hole the confidence below which a cell is a hole (0.5)
   * @param lowPercentile the lower percentile of the box the grid covers (1)
   * @param highPercentile the upper percentile (99)
   * @param pairs interpolation paths for continuity (500)
   * @param steps latent steps per path (16)
   * @param seed seeds the samples and the pairs
   * @param batch the most codes decoded or images classified in one call
   */
  public record Settings(
      int samples,
      double confident,
      int cells,
      double hole,
      double lowPercentile,
      double highPercentile,
      int pairs,
      int steps,
      long seed,
      int batch) {

    /** The definitions of the issue: M = 2,000, 0.9, 50 × 50, 0.5, 1–99 %, 500 pairs, 16 steps. */
    public static final Settings DEFAULT = new Settings(2000, 0.9, 50, 0.5, 1, 99, 500, 16, 1, 500);

    /** Checks ranges. */
    public Settings {
      if (samples < 1 || cells < 1 || pairs < 1 || steps < 1 || batch < 1) {
        throw new IllegalArgumentException("counts must be positive");
      }
      if (!(lowPercentile >= 0 && lowPercentile < highPercentile && highPercentile <= 100)) {
        throw new IllegalArgumentException("percentiles must satisfy 0 <= low < high <= 100");
      }
    }
  }

  /**
   * A model to measure, reduced to what the metrics call.
   *
   * @param name a display name ("MNIST VAE")
   * @param variational true for a VAE (then completeness under N(0, I) is measured too)
   * @param decoder codes to images
   * @param reconstruction the reconstruction loss per image
   */
  public record Subject(
      String name, boolean variational, Decoder decoder, ReconstructionLoss reconstruction) {
    /** Rejects missing parts. */
    public Subject {
      Objects.requireNonNull(name);
      Objects.requireNonNull(decoder);
      Objects.requireNonNull(reconstruction);
    }
  }

  /** The metrics with the given settings. */
  public LatentQuality(Settings settings) {
    this.settings = Objects.requireNonNull(settings);
  }

  /** The metrics as the issue defines them. */
  public static LatentQuality standard() {
    return new LatentQuality(Settings.DEFAULT);
  }

  /** The settings. */
  public Settings settings() {
    return settings;
  }

  /**
   * Measures one model.
   *
   * @param images the evaluation images, one row of pixels each
   * @param codes the model's code of each image (the reference codes)
   * @param labels the true class of each image, used only to pick an example path between two
   *     different classes; may be null
   * @param classifier labels decoded images
   */
  public QualityReport measure(
      Subject model, float[][] images, float[][] codes, int[] labels, Classifier classifier) {
    return measure(model, images, codes, labels, classifier, null);
  }

  /**
   * Measures one model, and with {@code real} also the research metrics of its samples and the
   * off-manifold cells of its hole map.
   *
   * @param real held-out real images to judge samples against, or null
   */
  public QualityReport measure(
      Subject model,
      float[][] images,
      float[][] codes,
      int[] labels,
      Classifier classifier,
      HeldOut real) {
    if (images.length != codes.length || codes.length < 2) {
      throw new IllegalArgumentException(
          "need at least 2 images with one code each, got "
              + images.length
              + " images and "
              + codes.length
              + " codes");
    }
    Settings s = settings;
    Decoder decoder = model.decoder();
    double reconstruction = meanReconstruction(model.reconstruction(), images);
    int dim = codes[0].length;
    Projection plane = Projection.fit(codes, dim);
    float[] xs = new float[codes.length];
    float[] ys = new float[codes.length];
    plane.projectAll(codes, xs, ys);
    Bounds box = Bounds.percentile(xs, ys, s.lowPercentile(), s.highPercentile());
    HoleMap holes = HoleMap.compute(box, s.cells(), plane, decoder, classifier, real, s.batch());
    Samples fitted = Samples.draw(GaussianFit.of(codes), s.seed(), this, decoder, classifier);
    Samples prior =
        model.variational()
            ? Samples.draw(GaussianFit.standard(dim), s.seed() + 1, this, decoder, classifier)
            : null;
    Continuity.Result continuity =
        Continuity.measure(
            codes, s.pairs(), s.steps(), s.seed() + 2, decoder, classifier, s.batch());
    int[] pair = examplePair(codes.length, labels);
    ExamplePath example =
        ExamplePath.walk(
            pair[0], pair[1], codes[pair[0]], codes[pair[1]], s.steps(), decoder, classifier);
    QualityScores scores =
        new QualityScores(
            fitted.completeness(s.confident()),
            prior == null ? null : prior.completeness(s.confident()),
            holes.holeFraction(s.hole()),
            continuity.stepRatio(),
            continuity.labelChanges(),
            reconstruction,
            DecoderSpread.of(codes, decoder, s.batch()),
            real == null ? null : fitted.against(real),
            real == null || prior == null ? null : prior.against(real),
            real == null ? null : holes.offManifoldFraction());
    return new QualityReport(model.name(), model.variational(), scores, plane, holes, example);
  }

  /**
   * M codes drawn from a distribution, their decodes and the classifier's verdicts: decoded once,
   * judged by confidence (completeness) and, with real images, by k-NN balls.
   */
  private record Samples(float[][] images, float[][] probabilities) {
    static Samples draw(
        GaussianFit distribution,
        long seed,
        LatentQuality quality,
        Decoder decoder,
        Classifier classifier) {
      Settings s = quality.settings;
      float[][] images =
          Batches.map(distribution.sample(s.samples(), seed), s.batch(), decoder::decode);
      return new Samples(images, Batches.map(images, s.batch(), classifier::classify));
    }

    double completeness(double threshold) {
      return Completeness.fraction(probabilities, threshold);
    }

    SampleScores against(HeldOut real) {
      int[] labels = new int[probabilities.length];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = Classifier.label(probabilities[i]);
      }
      return real.score(images, labels);
    }
  }

  /** The first of the continuity pairs whose images have different labels (or the first pair). */
  int[] examplePair(int n, int[] labels) {
    int[][] pairs = Continuity.pairs(n, settings.pairs(), settings.seed() + 2);
    if (labels != null) {
      for (int[] p : pairs) {
        if (labels[p[0]] != labels[p[1]]) {
          return p;
        }
      }
    }
    return pairs[0];
  }

  private double meanReconstruction(ReconstructionLoss loss, float[][] images) {
    double sum = 0;
    for (int from = 0; from < images.length; from += settings.batch()) {
      int to = Math.min(images.length, from + settings.batch());
      float[] part = loss.of(java.util.Arrays.copyOfRange(images, from, to));
      for (float v : part) {
        sum += v;
      }
    }
    return sum / images.length;
  }
}
