package org.latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.vae.Reparameterization;

class PlaneGaussianTest {
  private static final double EPS = 1e-9;

  @Test
  void aTwoDimensionalPosteriorGivesAxisAlignedEllipsesWithHalfAxesKSigma() {
    // σ = (0.2, 0.5): log σ² = (log 0.04, log 0.25).
    float[] mu = {0.5f, -1f};
    float[] logVar = {(float) Math.log(0.04), (float) Math.log(0.25)};
    PlaneGaussian g = PlaneGaussian.of(new AxisProjection(2), mu, logVar);
    assertEquals(0.5, g.meanX(), EPS);
    assertEquals(-1, g.meanY(), EPS);
    for (int k = 1; k <= 2; k++) {
      Ellipse e = g.contour(k);
      assertEquals(k * 0.5, e.semiMajor(), 1e-6, "the longer axis is σ₂ = 0.5, times k");
      assertEquals(k * 0.2, e.semiMinor(), 1e-6);
      assertTrue(e.isAxisAligned());
      assertEquals(Math.PI / 2, Math.abs(e.angle()), 1e-9, "major axis along z₂");
      for (double[] p : e.outline(64)) {
        double u = (p[0] - 0.5) / 0.2;
        double v = (p[1] + 1) / 0.5;
        assertEquals(k * k, u * u + v * v, 1e-5, "every outline point is k σ-units away");
      }
      Bounds b = e.bounds();
      assertEquals(0.5 - k * 0.2, b.xMin(), 1e-6);
      assertEquals(-1 + k * 0.5, b.yMax(), 1e-6);
    }
  }

  @Test
  void equalSigmasGiveCircles() {
    PlaneGaussian g =
        PlaneGaussian.of(
            new AxisProjection(2),
            new float[] {0, 0},
            new float[] {(float) Math.log(0.09), (float) Math.log(0.09)});
    Ellipse e = g.contour(2);
    assertEquals(0.6, e.semiMajor(), 1e-6);
    assertEquals(0.6, e.semiMinor(), 1e-6);
  }

  @Test
  void thePriorIsTheUnitCircleAtEveryK() {
    Ellipse e = PlaneGaussian.standardNormal(new AxisProjection(2)).contour(3);
    assertEquals(0, e.centreX(), EPS);
    assertEquals(3, e.semiMajor(), EPS);
    assertEquals(3, e.semiMinor(), EPS);
  }

  @Test
  void onAPcaPlaneTheEllipseIsTheExactMarginalOfTheProjectedPosterior() {
    // Codes spread along (1,1,0)/√2 and (1,−1,0)/√2: the PC plane is turned 45° from z₁, z₂.
    Random rnd = new Random(3);
    float[][] codes = new float[4000][];
    double r = Math.sqrt(0.5);
    for (int i = 0; i < codes.length; i++) {
      double a = 3 * rnd.nextGaussian();
      double b = rnd.nextGaussian();
      codes[i] =
          new float[] {
            (float) (r * (a + b)), (float) (r * (a - b)), (float) (0.1 * rnd.nextGaussian())
          };
    }
    Pca pca = Pca.fit(codes, 3);
    float[] mu = {0.3f, -0.2f, 1f};
    float[] sigma = {0.1f, 0.4f, 2f};
    float[] logVar = new float[3];
    for (int i = 0; i < 3; i++) {
      logVar[i] = (float) Math.log(sigma[i] * sigma[i]);
    }
    PlaneGaussian g = PlaneGaussian.of(pca, mu, logVar);
    assertEquals(pca.x(mu), g.meanX(), 1e-6);
    assertEquals(pca.y(mu), g.meanY(), 1e-6);

    // Monte Carlo: project samples of N(μ, diag σ²); their plane covariance must match.
    Random draws = new Random(11);
    int n = 40_000;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      float[] z = Reparameterization.sample(mu, logVar, draws);
      double x = pca.x(z) - g.meanX();
      double y = pca.y(z) - g.meanY();
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
      syy += y * y;
    }
    assertEquals(g.varX(), sxx / n, 0.03 * g.varX());
    assertEquals(g.varY(), syy / n, 0.03 * g.varY());
    assertEquals(g.covXY(), sxy / n, 0.03 * Math.sqrt(g.varX() * g.varY()));
    assertTrue(Math.abs(g.covXY()) > 0.01, "σ₁ ≠ σ₂ under a 45° turn: the ellipse is tilted");
    assertTrue(!g.contour(1).isAxisAligned());
    for (double[] p : g.contour(2).outline(48)) {
      assertEquals(4, g.mahalanobis2(p[0], p[1]), 1e-6);
    }
  }

  @Test
  void badInputIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PlaneGaussian.of(new AxisProjection(2), new float[3], new float[3]));
    assertThrows(IllegalArgumentException.class, () -> new PlaneGaussian(0, 0, 1, 2, 1));
    PlaneGaussian g = PlaneGaussian.standardNormal(new AxisProjection(2));
    assertThrows(IllegalArgumentException.class, () -> g.contour(0));
  }
}
