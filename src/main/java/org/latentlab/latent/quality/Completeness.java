package org.latentlab.latent.quality;

import org.latentlab.latent.GaussianFit;

/**
 * Completeness, the lecture's "sampling from latent space gives meaningful content": the fraction
 * of codes drawn from a distribution whose decode the classifier labels with confidence at least a
 * threshold (0.9 in LatentLab's report).
 */
public final class Completeness {
  private Completeness() {}

  /**
   * Draws {@code samples} codes from {@code distribution} with {@code seed}, decodes and classifies
   * them, and returns the fraction classified with confidence ≥ {@code threshold}.
   *
   * @param batch the most codes decoded in one call
   */
  public static double of(
      GaussianFit distribution,
      int samples,
      long seed,
      double threshold,
      Decoder decoder,
      Classifier classifier,
      int batch) {
    if (samples <= 0) {
      throw new IllegalArgumentException("completeness needs at least one sample");
    }
    float[][] probabilities =
        Batches.classifyDecodes(distribution.sample(samples, seed), batch, decoder, classifier);
    return fraction(probabilities, threshold);
  }

  /** The fraction of rows of class probabilities whose largest is ≥ {@code threshold}. */
  static double fraction(float[][] probabilities, double threshold) {
    int confident = 0;
    for (float[] p : probabilities) {
      if (Classifier.confidence(p) >= threshold) {
        confident++;
      }
    }
    return (double) confident / probabilities.length;
  }
}
