package org.latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.quality.PlantedHoles;

class GaussianFitTest {

  @Test
  void samplesReproduceTheFittedMeanAndCovariance() {
    float[][] codes = PlantedHoles.gaussianCodes(4000, new float[] {2, -1}, 1.5, -0.6, 0.4, 3);
    GaussianFit fit = GaussianFit.of(codes);
    GaussianFit again = GaussianFit.of(fit.sample(50_000, 9));
    assertArrayEquals(fit.mean(), again.mean(), 0.03);
    for (int i = 0; i < 2; i++) {
      assertArrayEquals(fit.covariance()[i], again.covariance()[i], 0.05);
    }
  }

  @Test
  void aDegenerateCloudStillSamples() {
    float[][] line = new float[100][];
    for (int i = 0; i < line.length; i++) {
      line[i] = new float[] {i, 2 * i, 5};
    }
    float[][] s = GaussianFit.of(line).sample(10, 1);
    for (float[] z : s) {
      assertEquals(2 * z[0], z[1], 1e-2 * Math.max(1, Math.abs(z[1])));
      assertEquals(5, z[2], 1e-3);
    }
  }

  @Test
  void theSameSeedGivesTheSameSamples() {
    GaussianFit g = GaussianFit.standard(3);
    float[][] a = g.sample(20, 4);
    float[][] b = g.sample(20, 4);
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i]);
    }
  }

  // Checks that came with the prior-samples view (formerly FittedGaussianTest).

  /** 20,000 codes of N((2, −1), [[4, 1.2], [1.2, 1]]). */
  private static float[][] correlated(int n, long seed) {
    Random r = new Random(seed);
    float[][] out = new float[n][];
    for (int i = 0; i < n; i++) {
      double a = r.nextGaussian();
      double b = r.nextGaussian();
      // L = [[2, 0], [0.6, 0.8]]: L Lᵀ = [[4, 1.2], [1.2, 1]].
      out[i] = new float[] {(float) (2 + 2 * a), (float) (-1 + 0.6 * a + 0.8 * b)};
    }
    return out;
  }

  @Test
  void fitsMeanAndFullCovarianceOfCorrelatedCodes() {
    GaussianFit g = GaussianFit.of(correlated(20_000, 1));
    // Standard errors: mean ≈ 2/√n = 0.014, covariance entries ≈ 0.04; bounds are 5 of them.
    assertEquals(2, g.mean()[0], 0.07);
    assertEquals(-1, g.mean()[1], 0.04);
    assertEquals(4, g.covariance()[0][0], 0.2);
    assertEquals(1.2, g.covariance()[0][1], 0.08);
    assertEquals(g.covariance()[0][1], g.covariance()[1][0], 1e-12, "symmetric");
    assertEquals(1, g.covariance()[1][1], 0.05);
  }

  @Test
  void samplesDrawnInTurnReproduceTheFittedMoments() {
    GaussianFit g = GaussianFit.of(correlated(500, 2));
    GaussianFit again = GaussianFit.of(g.sample(20_000, new Random(3)));
    double[][] c = g.covariance();
    assertEquals(g.mean()[0], again.mean()[0], 5 * Math.sqrt(c[0][0] / 20_000));
    assertEquals(g.mean()[1], again.mean()[1], 5 * Math.sqrt(c[1][1] / 20_000));
    assertEquals(c[0][0], again.covariance()[0][0], 0.05 * c[0][0]);
    assertEquals(c[1][1], again.covariance()[1][1], 0.05 * c[1][1]);
    assertEquals(c[0][1], again.covariance()[0][1], 0.05 * Math.sqrt(c[0][0] * c[1][1]));
  }

  @Test
  void aDirectionWithoutSpreadStaysFlat() {
    float[][] codes = {{1, 5}, {2, 5}, {3, 5}};
    float[][] s = GaussianFit.of(codes).sample(50, new Random(1));
    for (float[] z : s) {
      assertEquals(5f, z[1], 1e-4); // a ridge of 1e-12 of the spread keeps it factorable
    }
    assertThrows(IllegalArgumentException.class, () -> GaussianFit.of(new float[1][2]));
  }
}
