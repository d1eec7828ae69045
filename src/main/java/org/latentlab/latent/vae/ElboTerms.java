package org.latentlab.latent.vae;

/**
 * The terms of one image's negative ELBO, in nats, as the model's loss computes them ({@code
 * org.latentlab.model.Elbo}), with the decoder fed z = μ (the deterministic value the CLI's {@code
 * eval} quotes): −ELBO = reconstruction + KL, the KL summed over dimensions ({@link GaussianKl}).
 *
 * @param reconstruction −log p(x | z = μ): the Bernoulli cross-entropy summed over pixels
 * @param klPerDimension the KL of each latent dimension, or null for a plain autoencoder (it has no
 *     posterior, so no KL term)
 */
public record ElboTerms(double reconstruction, double[] klPerDimension) {

  /** The terms of an image whose reconstruction loss is {@code reconstruction} and posterior q. */
  public static ElboTerms of(double reconstruction, Posterior q) {
    return new ElboTerms(reconstruction, q.klPerDimension());
  }

  /** Whether there is a KL term (a VAE). */
  public boolean hasKl() {
    return klPerDimension != null;
  }

  /** KL(q(z|x) ‖ N(0, I)); 0 for an autoencoder. */
  public double kl() {
    return klPerDimension == null ? 0 : GaussianKl.total(klPerDimension);
  }

  /** reconstruction + KL: the negative ELBO (for an autoencoder, its reconstruction loss). */
  public double negElbo() {
    return reconstruction + kl();
  }
}
