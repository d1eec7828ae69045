package org.latentlab.inference;

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
}
