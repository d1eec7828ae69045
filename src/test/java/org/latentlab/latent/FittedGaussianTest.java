package org.latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FittedGaussianTest {

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
  void fitsMeanAndCovariance() {
    FittedGaussian g = FittedGaussian.fit(correlated(20_000, 1));
    // Standard errors: mean ≈ 2/√n = 0.014, covariance entries ≈ 0.04; bounds are 5 of them.
    assertEquals(2, g.mean()[0], 0.07);
    assertEquals(-1, g.mean()[1], 0.04);
    assertEquals(4, g.covariance()[0][0], 0.2);
    assertEquals(1.2, g.covariance()[0][1], 0.08);
    assertEquals(g.covariance()[0][1], g.covariance()[1][0], 1e-12, "symmetric");
    assertEquals(1, g.covariance()[1][1], 0.05);
  }

  @Test
  void samplesReproduceTheFittedMoments() {
    FittedGaussian g = FittedGaussian.fit(correlated(500, 2));
    FittedGaussian again = FittedGaussian.fit(g.sample(20_000, new Random(3)));
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
    float[][] s = FittedGaussian.fit(codes).sample(50, new Random(1));
    for (float[] z : s) {
      assertEquals(5f, z[1], 1e-6);
    }
    assertThrows(IllegalArgumentException.class, () -> FittedGaussian.fit(new float[1][2]));
  }
}
