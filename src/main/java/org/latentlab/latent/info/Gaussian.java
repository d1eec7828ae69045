package org.latentlab.latent.info;

/**
 * The normal distribution N(μ, σ²) on the real line.
 *
 * @param mu the mean μ
 * @param sigma the standard deviation σ, positive
 */
public record Gaussian(double mu, double sigma) {
  private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  /** The standard normal N(0, 1), the VAE's prior in one dimension. */
  public static final Gaussian STANDARD = new Gaussian(0, 1);

  /** Checks that μ is finite and σ positive and finite. */
  public Gaussian {
    if (!Double.isFinite(mu)) {
      throw new IllegalArgumentException("μ must be a finite number, not " + mu);
    }
    if (!Double.isFinite(sigma) || sigma <= 0) {
      throw new IllegalArgumentException(
          "σ must be above 0 (σ = 0 is a single point, with infinite KL), not " + sigma);
    }
  }

  /** log p(x) = −(x − μ)² / (2σ²) − log σ − ½ log 2π. */
  public double logDensity(double x) {
    double z = (x - mu) / sigma;
    return -0.5 * z * z - Math.log(sigma) - LOG_SQRT_2PI;
  }

  /** p(x). */
  public double density(double x) {
    return Math.exp(logDensity(x));
  }

  /** The variance σ². */
  public double variance() {
    return sigma * sigma;
  }

  /** log σ², the encoder's second output. */
  public double logVariance() {
    return 2 * Math.log(sigma);
  }

  /** The differential entropy H = ½ log(2πe σ²), in nats. */
  public double entropy() {
    return 0.5 + LOG_SQRT_2PI + Math.log(sigma);
  }
}
