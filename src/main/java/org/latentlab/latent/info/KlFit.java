package org.latentlab.latent.info;

import java.util.function.DoubleUnaryOperator;

/**
 * Fits one Gaussian q = N(μ, σ²) to a bimodal p by gradient descent on a KL divergence, one step at
 * a time so the fit can be watched (Bishop, "Pattern Recognition and Machine Learning", 2006,
 * §10.1.2, Fig. 10.3; Murphy, "Machine Learning: A Probabilistic Perspective", §21.2.2):
 *
 * <ul>
 *   <li>forward, KL(p ‖ q) = H(p, q) − H(p): q is punished wherever p has mass and q has none, so
 *       it spreads over both modes (its optimum matches p's mean and variance);
 *   <li>reverse, KL(q ‖ p) = −H(q) − E_q[log p]: q is punished wherever it puts mass and p has
 *       none, so it settles on one mode. A VAE's encoder minimizes this direction, KL(q(z|x) ‖
 *       p(z|x)).
 * </ul>
 *
 * <p>The parameters are μ and log σ (σ stays positive); each step is a gradient step whose length
 * is found by backtracking, capped so that the animation moves smoothly.
 */
public final class KlFit {
  /** Which KL is minimized. */
  public enum Direction {
    /** KL(p ‖ q), mass-covering. */
    FORWARD,
    /** KL(q ‖ p), mode-seeking. */
    REVERSE
  }

  /**
   * Where the fit is.
   *
   * @param q the current Gaussian
   * @param kl the KL being minimized at q, in nats
   * @param steps how many steps were taken
   * @param converged whether the gradient vanished (no further step changes q)
   */
  public record State(Gaussian q, double kl, int steps, boolean converged) {}

  private static final double MAX_MOVE = 0.25;
  private static final double ARMIJO = 1e-4;
  private static final double GRADIENT_TOLERANCE = 1e-9;
  private static final int EPSILON_INTERVALS = 800;
  private static final double EPSILON_SPAN = 10;

  private final Mixture p;
  private final Direction direction;
  private final double entropyOfP;
  private double mu;
  private double logSigma;
  private double rate = 1;
  private int steps;
  private boolean converged;

  /** A fit of {@code direction}'s KL from {@code start}. */
  public KlFit(Mixture p, Direction direction, Gaussian start) {
    this.p = p;
    this.direction = direction;
    this.entropyOfP = direction == Direction.FORWARD ? p.entropy() : Double.NaN;
    this.mu = start.mu();
    this.logSigma = Math.log(start.sigma());
  }

  /** A start that is neither fit's answer: right of p's mean, narrower than p. */
  public static Gaussian defaultStart(Mixture p) {
    double sd = Math.sqrt(p.variance());
    return new Gaussian(p.mean() + 0.4 * sd, 0.4 * sd);
  }

  /** The distribution being fitted. */
  public Mixture target() {
    return p;
  }

  /** Which KL is minimized. */
  public Direction direction() {
    return direction;
  }

  /** Where the fit is now. */
  public State state() {
    return new State(
        new Gaussian(mu, Math.exp(logSigma)), objective(mu, logSigma), steps, converged);
  }

  /** One gradient step (nothing once converged); the new state. */
  public State step() {
    if (converged) {
      return state();
    }
    double f = objective(mu, logSigma);
    double[] g = gradient(mu, logSigma);
    double norm2 = g[0] * g[0] + g[1] * g[1];
    if (Math.sqrt(norm2) < GRADIENT_TOLERANCE) {
      converged = true;
      return state();
    }
    double t = Math.min(rate * 1.5, MAX_MOVE / Math.sqrt(norm2));
    while (true) {
      double nextMu = mu - t * g[0];
      double nextLogSigma = logSigma - t * g[1];
      double next = objective(nextMu, nextLogSigma);
      if (next <= f - ARMIJO * t * norm2) {
        mu = nextMu;
        logSigma = nextLogSigma;
        rate = t;
        break;
      }
      t /= 2;
      if (t * Math.sqrt(norm2) < 1e-14) {
        // No step lowers the KL any more: as close to the minimum as doubles allow.
        converged = true;
        break;
      }
    }
    steps++;
    return state();
  }

  /** Steps until converged or {@code maxSteps} steps were taken; the final state. */
  public State run(int maxSteps) {
    while (!converged && steps < maxSteps) {
      step();
    }
    return state();
  }

  /** The KL of {@code direction} between p and N(μ, σ²), in nats. */
  public static double kl(Mixture p, Direction direction, Gaussian q) {
    return new KlFit(p, direction, q).state().kl();
  }

  private double objective(double m, double s) {
    double sigma = Math.exp(s);
    if (direction == Direction.FORWARD) {
      double crossEntropy =
          s + 0.5 * Math.log(2 * Math.PI) + p.secondMomentAbout(m) / (2 * sigma * sigma);
      return crossEntropy - entropyOfP;
    }
    double entropyOfQ = 0.5 + 0.5 * Math.log(2 * Math.PI) + s;
    return -entropyOfQ - expectationUnderQ(e -> p.logDensity(m + sigma * e));
  }

  private double[] gradient(double m, double s) {
    double sigma = Math.exp(s);
    if (direction == Direction.FORWARD) {
      return new double[] {
        -(p.mean() - m) / (sigma * sigma), 1 - p.secondMomentAbout(m) / (sigma * sigma)
      };
    }
    // Through x = μ + σε: d/dμ E[log p(x)] = E[score(x)], d/dlog σ = E[score(x) σ ε].
    double dMu = expectationUnderQ(e -> p.score(m + sigma * e));
    double dS = expectationUnderQ(e -> p.score(m + sigma * e) * sigma * e);
    return new double[] {-dMu, -1 - dS};
  }

  /** E_{ε ~ N(0,1)}[f(ε)] by Simpson's rule over ε in ±10. */
  private static double expectationUnderQ(DoubleUnaryOperator f) {
    return Integrals.simpson(
        e -> Gaussian.STANDARD.density(e) * f.applyAsDouble(e),
        -EPSILON_SPAN,
        EPSILON_SPAN,
        EPSILON_INTERVALS);
  }
}
