package org.latentlab.latent.vae;

/**
 * The encoder's approximate posterior q(z|x) = N(μ, diag σ²) for one image, σ² = exp(log σ²).
 *
 * <p>For a plain autoencoder {@code logVar} is {@code null}: its code is the σ → 0 limit.
 *
 * @param mu the mean (the AE's code)
 * @param logVar log σ² per dimension, or null for an AE
 */
public record Posterior(float[] mu, float[] logVar) {

  /** σ = exp(½ log σ²): the standard deviation of one dimension. */
  static double sigma(double logVar) {
    return Math.exp(0.5 * logVar);
  }

  /** σ per dimension (all zeros for an AE). */
  public float[] sigma() {
    float[] s = new float[mu.length];
    if (logVar != null) {
      for (int i = 0; i < s.length; i++) {
        s[i] = (float) sigma(logVar[i]);
      }
    }
    return s;
  }

  /**
   * The KL divergence of each dimension from the prior N(0, 1) in nats ({@link GaussianKl}); null
   * for an AE (its σ → 0 limit has infinite KL).
   */
  public double[] klPerDimension() {
    return logVar == null ? null : GaussianKl.perDimension(mu, logVar);
  }
}
