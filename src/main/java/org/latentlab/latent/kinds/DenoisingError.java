package org.latentlab.latent.kinds;

/**
 * How far a reconstruction is from the clean image, in nats: the Bernoulli cross-entropy Σ_i −x_i
 * log p_i − (1 − x_i) log(1 − p_i) of the clean pixels x under the output probabilities p, the same
 * reconstruction term as {@code org.latentlab.model.Elbo#reconstruction} (which takes logits; a
 * test keeps the two equal). A denoising autoencoder is trained to make it small with p decoded
 * from a noisy image.
 */
public final class DenoisingError {
  /** Output probabilities are kept this far from 0 and 1, as a float sigmoid's are. */
  private static final double EDGE = 1e-7;

  private DenoisingError() {}

  /** The cross-entropy of {@code clean} under {@code output}, in nats. */
  public static double crossEntropy(float[] clean, float[] output) {
    if (clean.length != output.length) {
      throw new IllegalArgumentException(clean.length + " clean pixels, " + output.length + " out");
    }
    double sum = 0;
    for (int i = 0; i < clean.length; i++) {
      double p = Math.min(1 - EDGE, Math.max(EDGE, output[i]));
      sum -= clean[i] * Math.log(p) + (1 - clean[i]) * Math.log1p(-p);
    }
    return sum;
  }
}
