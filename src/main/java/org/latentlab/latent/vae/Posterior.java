package org.latentlab.latent.vae;

/**
 * The encoder's approximate posterior q(z|x) = N(mu, diag(exp(logVar))) for one image.
 *
 * <p>For a plain autoencoder {@code logVar} is {@code null}: its code is the σ → 0 limit.
 *
 * @param mu the mean (the AE's code)
 * @param logVar log σ² per dimension, or null for an AE
 */
public record Posterior(float[] mu, float[] logVar) {

  /** σ per dimension (all zeros for an AE). */
  public float[] sigma() {
    float[] s = new float[mu.length];
    if (logVar != null) {
      for (int i = 0; i < s.length; i++) {
        s[i] = (float) Math.exp(0.5 * logVar[i]);
      }
    }
    return s;
  }

  /**
   * The closed-form KL divergence of each dimension from the prior, KL(N(μ_j, σ_j²) ‖ N(0, 1)) =
   * −½ (1 + log σ_j² − μ_j² − σ_j²), in nats; null for an AE (its σ → 0 limit has infinite KL). The
   * model's loss uses the same formula on tensors; a test keeps the two equal.
   */
  public double[] klPerDimension() {
    if (logVar == null) {
      return null;
    }
    double[] kl = new double[mu.length];
    for (int j = 0; j < kl.length; j++) {
      double lv = logVar[j];
      kl[j] = -0.5 * (1 + lv - (double) mu[j] * mu[j] - Math.exp(lv));
    }
    return kl;
  }
}
