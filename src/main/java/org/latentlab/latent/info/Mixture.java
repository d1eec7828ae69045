package org.latentlab.latent.info;

/**
 * A bimodal distribution: the mixture w·N(μ_a, σ_a²) + (1 − w)·N(μ_b, σ_b²).
 *
 * @param a the first component
 * @param b the second component
 * @param weightA w, the probability of the first component, in (0, 1)
 */
public record Mixture(Gaussian a, Gaussian b, double weightA) {
  private static final int INTERVALS = 6000;

  /** Checks the weight. */
  public Mixture {
    if (!(weightA > 0 && weightA < 1)) {
      throw new IllegalArgumentException("the weight must be between 0 and 1, not " + weightA);
    }
  }

  /** log p(x), by log-sum-exp so that it stays finite far from both modes. */
  public double logDensity(double x) {
    double la = Math.log(weightA) + a.logDensity(x);
    double lb = Math.log(1 - weightA) + b.logDensity(x);
    double max = Math.max(la, lb);
    return max + Math.log(Math.exp(la - max) + Math.exp(lb - max));
  }

  /** p(x). */
  public double density(double x) {
    return Math.exp(logDensity(x));
  }

  /** The score d/dx log p(x): each component's pull weighted by how likely it made x. */
  public double score(double x) {
    double la = Math.log(weightA) + a.logDensity(x);
    double lb = Math.log(1 - weightA) + b.logDensity(x);
    double ra = 1 / (1 + Math.exp(lb - la));
    return ra * -(x - a.mu()) / a.variance() + (1 - ra) * -(x - b.mu()) / b.variance();
  }

  /** E[x] = w μ_a + (1 − w) μ_b. */
  public double mean() {
    return weightA * a.mu() + (1 - weightA) * b.mu();
  }

  /** E[(x − c)²] = Σ_k w_k (σ_k² + (μ_k − c)²). */
  public double secondMomentAbout(double c) {
    double da = a.mu() - c;
    double db = b.mu() - c;
    return weightA * (a.variance() + da * da) + (1 - weightA) * (b.variance() + db * db);
  }

  /** Var[x]. */
  public double variance() {
    return secondMomentAbout(mean());
  }

  /** The lowest and highest x worth integrating over: 12σ beyond either mode. */
  public double[] support() {
    double lo =
        Math.min(
            a.mu() - GaussianDivergence.SPAN * a.sigma(),
            b.mu() - GaussianDivergence.SPAN * b.sigma());
    double hi =
        Math.max(
            a.mu() + GaussianDivergence.SPAN * a.sigma(),
            b.mu() + GaussianDivergence.SPAN * b.sigma());
    return new double[] {lo, hi};
  }

  /** The differential entropy −∫ p log p, numerically, in nats. */
  public double entropy() {
    double[] s = support();
    return -Integrals.simpson(x -> density(x) * logDensity(x), s[0], s[1], INTERVALS);
  }
}
