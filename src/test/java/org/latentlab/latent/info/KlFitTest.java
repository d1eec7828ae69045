package org.latentlab.latent.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.latentlab.latent.info.KlFit.Direction;

/**
 * Fitting one Gaussian to two modes: the forward KL covers both, the reverse KL picks one; each
 * optimizer's answer checked against a grid search over (μ, σ) on a KL integrated independently.
 */
class KlFitTest {
  private static final Mixture TWO_MODES =
      new Mixture(new Gaussian(-2, 0.7), new Gaussian(2.5, 0.9), 0.4);

  /**
   * KL(p‖q) or KL(q‖p) by Simpson's rule on x, not by the optimizer's formulas; for the forward
   * direction p's density on the x grid is computed once, since only q changes.
   */
  private static final class IntegratedKl {
    private static final int INTERVALS = 3000;
    private final Mixture p;
    private final Direction direction;
    private final double[] xs = new double[INTERVALS + 1];
    private final double[] weightedP = new double[INTERVALS + 1];
    private final double[] logP = new double[INTERVALS + 1];

    IntegratedKl(Mixture p, Direction direction) {
      this.p = p;
      this.direction = direction;
      double[] s = p.support();
      double h = (s[1] - s[0]) / INTERVALS;
      for (int i = 0; i <= INTERVALS; i++) {
        xs[i] = s[0] + i * h;
        double simpson = i == 0 || i == INTERVALS ? 1 : (i % 2 == 1 ? 4 : 2);
        weightedP[i] = simpson * h / 3 * p.density(xs[i]);
        logP[i] = p.logDensity(xs[i]);
      }
    }

    double at(double mu, double sigma) {
      Gaussian q = new Gaussian(mu, sigma);
      if (direction == Direction.FORWARD) {
        double kl = 0;
        for (int i = 0; i < xs.length; i++) {
          kl += weightedP[i] * (logP[i] - q.logDensity(xs[i]));
        }
        return kl;
      }
      return Integrals.simpson(
          x -> q.density(x) * (q.logDensity(x) - p.logDensity(x)),
          mu - 12 * sigma,
          mu + 12 * sigma,
          1200);
    }
  }

  /** The (μ, σ) of least integrated KL: a coarse grid, then a finer one around its best point. */
  private static double[] gridSearch(IntegratedKl integrated) {
    double[] best = {0, 1};
    double step = 0.1;
    double muLo = -5;
    double muHi = 5;
    double sLo = 0.1;
    double sHi = 5;
    for (int round = 0; round < 3; round++) {
      double bestKl = Double.POSITIVE_INFINITY;
      for (double mu = muLo; mu <= muHi + 1e-12; mu += step) {
        for (double sigma = sLo; sigma <= sHi + 1e-12; sigma += step) {
          double kl = integrated.at(mu, sigma);
          if (kl < bestKl) {
            bestKl = kl;
            best = new double[] {mu, sigma};
          }
        }
      }
      muLo = best[0] - 2 * step;
      muHi = best[0] + 2 * step;
      sLo = Math.max(0.01, best[1] - 2 * step);
      sHi = best[1] + 2 * step;
      step /= 10;
    }
    return best;
  }

  @Test
  void forwardKlCoversBothModesAsTheGridSearchFinds() {
    KlFit fit = new KlFit(TWO_MODES, Direction.FORWARD, KlFit.defaultStart(TWO_MODES));
    KlFit.State end = fit.run(20_000);
    assertTrue(end.converged());
    IntegratedKl integrated = new IntegratedKl(TWO_MODES, Direction.FORWARD);
    double[] grid = gridSearch(integrated);
    assertEquals(grid[0], end.q().mu(), 1e-3);
    assertEquals(grid[1], end.q().sigma(), 1e-3);
    // The forward optimum matches p's mean and variance.
    assertEquals(TWO_MODES.mean(), end.q().mu(), 1e-6);
    assertEquals(Math.sqrt(TWO_MODES.variance()), end.q().sigma(), 1e-6);
    assertEquals(integrated.at(grid[0], grid[1]), end.kl(), 1e-5);
  }

  @Test
  void reverseKlPicksOneModeAsTheGridSearchFinds() {
    KlFit fit = new KlFit(TWO_MODES, Direction.REVERSE, KlFit.defaultStart(TWO_MODES));
    KlFit.State end = fit.run(20_000);
    assertTrue(end.converged());
    IntegratedKl integrated = new IntegratedKl(TWO_MODES, Direction.REVERSE);
    double[] grid = gridSearch(integrated);
    assertEquals(grid[0], end.q().mu(), 1e-3);
    assertEquals(grid[1], end.q().sigma(), 1e-3);
    // One mode: near the heavier one's mean and width, nothing like p's overall spread.
    assertEquals(2.5, end.q().mu(), 0.05);
    assertEquals(0.9, end.q().sigma(), 0.05);
    assertEquals(integrated.at(grid[0], grid[1]), end.kl(), 1e-5);
  }

  @Test
  void everyStepLowersTheKl() {
    for (Direction d : Direction.values()) {
      KlFit fit = new KlFit(TWO_MODES, d, KlFit.defaultStart(TWO_MODES));
      double last = fit.state().kl();
      for (int i = 0; i < 50; i++) {
        double now = fit.step().kl();
        assertTrue(now <= last, d + " step " + i + ": " + last + " → " + now);
        last = now;
      }
    }
  }
}
