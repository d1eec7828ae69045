package org.latentlab.latent.info;

import org.latentlab.latent.vae.GaussianKl;

/**
 * The KL divergence between two Gaussians, in nats, in closed form (Kullback 1959; Kingma and
 * Welling 2014, appendix B for q = N(0, 1)):
 *
 * <pre>
 *   KL( N(μ₁, σ₁²) ‖ N(μ₂, σ₂²) ) = log(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²) / (2σ₂²) − ½
 * </pre>
 *
 * and as the integral it is defined by, ∫ p(x) log(p(x)/q(x)) dx, computed numerically. With q =
 * N(0, 1) it is the VAE's per-dimension term −½(1 + log σ² − μ² − σ²) of {@link GaussianKl}.
 */
public final class GaussianDivergence {
  /** How many of p's standard deviations either side of μ₁ the integral covers. */
  static final double SPAN = 12;

  private static final int INTERVALS = 4000;

  private GaussianDivergence() {}

  /** KL(p ‖ q) by the closed form. */
  public static double closedForm(Gaussian p, Gaussian q) {
    double dm = p.mu() - q.mu();
    return Math.log(q.sigma() / p.sigma()) + (p.variance() + dm * dm) / (2 * q.variance()) - 0.5;
  }

  /** The integrand p(x) log(p(x)/q(x)) at x (negative where q is the likelier). */
  public static double integrand(Gaussian p, Gaussian q, double x) {
    double logP = p.logDensity(x);
    return Math.exp(logP) * (logP - q.logDensity(x));
  }

  /**
   * KL(p ‖ q) = ∫ p(x) log(p(x)/q(x)) dx by Simpson's rule over μ₁ ± 12σ₁, where p holds all but
   * 10⁻³² of its mass.
   */
  public static double numeric(Gaussian p, Gaussian q) {
    return Integrals.simpson(
        x -> integrand(p, q, x), p.mu() - SPAN * p.sigma(), p.mu() + SPAN * p.sigma(), INTERVALS);
  }

  /**
   * KL(p ‖ N(0, 1)) as the VAE computes it per latent dimension: −½(1 + log σ² − μ² − σ²) with p's
   * μ and log σ².
   */
  public static double toStandardNormal(Gaussian p) {
    return GaussianKl.perDimension(p.mu(), p.logVariance());
  }
}
