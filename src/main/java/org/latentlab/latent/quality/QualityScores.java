package org.latentlab.latent.quality;

/**
 * The latent-quality scores of one model on one set of evaluation images (definitions in {@link
 * LatentQuality}).
 *
 * @param completeness fraction of samples from a Gaussian fitted to the codes that decode to an
 *     image classified with confidence ≥ 0.9 (higher is better)
 * @param completenessPrior the same for samples from N(0, I); null for an autoencoder, which has no
 *     prior
 * @param holeFraction fraction of the cells of a 50 × 50 grid over the 1st–99th percentile box of
 *     the codes whose decode has confidence < 0.5 (lower is better)
 * @param continuityRatio mean ratio of the largest to the mean pixel step along interpolation paths
 *     (1.0 = perfectly even)
 * @param labelChanges mean number of classifier label changes per interpolation path
 * @param reconstruction mean reconstruction cross-entropy on the evaluation images, nats
 * @param decoderSpread mean per-pixel standard deviation of the decodes of the codes ({@link
 *     DecoderSpread}); near 0 the decoder gives one image for every code and the other scores mean
 *     nothing
 * @param fitted the completeness samples (fitted Gaussian) against held-out real images: precision,
 *     recall, density, coverage and class balance; null when no real images were given
 * @param prior the same for the prior samples; null for an autoencoder or without real images
 * @param offManifold fraction of the hole map's cells whose decode lies outside every real image's
 *     k-NN ball in feature space; null without real images
 */
public record QualityScores(
    double completeness,
    Double completenessPrior,
    double holeFraction,
    double continuityRatio,
    double labelChanges,
    double reconstruction,
    double decoderSpread,
    SampleScores fitted,
    SampleScores prior,
    Double offManifold) {

  /** Scores judged by the classifier's confidence only (no held-out real images). */
  public QualityScores(
      double completeness,
      Double completenessPrior,
      double holeFraction,
      double continuityRatio,
      double labelChanges,
      double reconstruction,
      double decoderSpread) {
    this(
        completeness,
        completenessPrior,
        holeFraction,
        continuityRatio,
        labelChanges,
        reconstruction,
        decoderSpread,
        null,
        null,
        null);
  }

  /** Whether the decoder collapsed: every code decodes to (nearly) the same image. */
  public boolean collapsed() {
    return DecoderSpread.collapsed(decoderSpread);
  }
}
