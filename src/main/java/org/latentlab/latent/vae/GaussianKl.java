package org.latentlab.latent.vae;

/**
 * The closed-form KL divergence of the encoder's Gaussian from the prior, the one plain-Java home
 * of the formula (Kingma and Welling, "Auto-Encoding Variational Bayes", ICLR 2014, appendix B):
 *
 * <pre>
 *   KL( N(μ_j, σ_j²) ‖ N(0, 1) ) = −½ (1 + log σ_j² − μ_j² − σ_j²)        per dimension j
 *   KL( q(z|x) ‖ N(0, I) )      = Σ_j KL_j                               for diagonal q
 * </pre>
 *
 * <p>In nats; zero exactly at μ = 0, σ = 1 and positive everywhere else. The training loss computes
 * the same formula on tensors ({@code org.latentlab.model.Elbo#klPerDimension}); a test keeps the
 * two equal.
 */
public final class GaussianKl {
  private GaussianKl() {}

  /** KL_j = −½ (1 + log σ² − μ² − σ²) of one dimension with mean μ and log-variance log σ². */
  public static double perDimension(double mu, double logVar) {
    return -0.5 * (1 + logVar - mu * mu - Math.exp(logVar));
  }

  /** KL_j of every dimension of N(μ, diag exp(logVar)). */
  public static double[] perDimension(float[] mu, float[] logVar) {
    if (mu.length != logVar.length) {
      throw new IllegalArgumentException(
          "μ has " + mu.length + " dimensions but log σ² has " + logVar.length);
    }
    double[] kl = new double[mu.length];
    for (int j = 0; j < kl.length; j++) {
      kl[j] = perDimension(mu[j], logVar[j]);
    }
    return kl;
  }

  /** KL(q(z|x) ‖ N(0, I)) = Σ_j KL_j. */
  public static double total(double[] perDimension) {
    double s = 0;
    for (double k : perDimension) {
      s += k;
    }
    return s;
  }
}
