package org.latentlab.latent.vae;

/**
 * The terms of one image's negative ELBO, in nats, as the model's loss computes them
 * ({@code org.latentlab.model.Elbo}), with the decoder fed z = μ (the deterministic value the CLI's
 * {@code eval} quotes):
 *
 * <pre>
 *   −ELBO(x) = reconstruction + KL,   KL = Σ_j KL_j,   KL_j = −½ (1 + log σ_j² − μ_j² − σ_j²)
 * </pre>
 *
 * @param reconstruction −log p(x | z = μ): the Bernoulli cross-entropy summed over pixels
 * @param klPerDimension KL_j for each latent dimension, or null for a plain autoencoder (it has no
 *     posterior, so no KL term)
 */
public record ElboTerms(double reconstruction, double[] klPerDimension) {

  /** Whether there is a KL term (a VAE). */
  public boolean hasKl() {
    return klPerDimension != null;
  }

  /** KL(q(z|x) ‖ N(0, I)) = Σ_j KL_j; 0 for an autoencoder. */
  public double kl() {
    double s = 0;
    if (klPerDimension != null) {
      for (double k : klPerDimension) {
        s += k;
      }
    }
    return s;
  }

  /** reconstruction + KL: the negative ELBO (for an autoencoder, its reconstruction loss). */
  public double negElbo() {
    return reconstruction + kl();
  }
}
