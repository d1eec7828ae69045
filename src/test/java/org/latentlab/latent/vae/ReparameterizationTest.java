package org.latentlab.latent.vae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The samples z = μ + σ ⊙ ε have mean μ and standard deviation σ, checked statistically.
 *
 * <p>With n = 20,000 draws the sample mean of a dimension has standard error σ/√n and the sample
 * variance has relative standard error √(2/(n−1)) ≈ 1%. The bounds are 5 standard errors: a correct
 * sampler fails one of the six checks with probability about 4·10⁻⁶, and the checks at the end show
 * that a sampler with a 10% wrong σ, σ² in place of σ, or a shifted mean fails them.
 */
class ReparameterizationTest {
  private static final int N = 20_000;
  private static final double Z = 5;

  private static final float[] MU = {1.5f, -0.7f, 0f};
  private static final float[] SIGMA = {0.3f, 1.5f, 1f};

  private static float[] logVar(float[] sigma) {
    float[] lv = new float[sigma.length];
    for (int i = 0; i < lv.length; i++) {
      lv[i] = (float) Math.log((double) sigma[i] * sigma[i]);
    }
    return lv;
  }

  /** Whether the samples' mean and variance are within 5 standard errors of (μ, σ²). */
  private static boolean consistent(float[][] z, float[] mu, float[] sigma) {
    int n = z.length;
    for (int d = 0; d < mu.length; d++) {
      double mean = 0;
      for (float[] s : z) {
        mean += s[d];
      }
      mean /= n;
      double var = 0;
      for (float[] s : z) {
        var += (s[d] - mean) * (s[d] - mean);
      }
      var /= n - 1;
      double s2 = (double) sigma[d] * sigma[d];
      if (Math.abs(mean - mu[d]) > Z * sigma[d] / Math.sqrt(n)) {
        return false;
      }
      if (Math.abs(var / s2 - 1) > Z * Math.sqrt(2.0 / (n - 1))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void samplesHaveMeanMuAndSpreadSigma() {
    float[][] z = Reparameterization.samples(MU, logVar(SIGMA), N, new Random(42));
    assertEquals(N, z.length);
    assertTrue(consistent(z, MU, SIGMA));
  }

  @Test
  void theTestWouldCatchAWrongSigmaOrMean() {
    float[][] z = Reparameterization.samples(MU, logVar(SIGMA), N, new Random(42));
    float[] tenPercentMore = {0.33f, 1.65f, 1.1f};
    float[] sigmaSquared = {0.09f, 2.25f, 1f};
    float[] shifted = {1.52f, -0.7f, 0f};
    assertFalse(consistent(z, MU, tenPercentMore), "σ off by 10% must fail");
    assertFalse(consistent(z, MU, sigmaSquared), "σ² used as σ must fail");
    assertFalse(consistent(z, shifted, SIGMA), "μ off by 0.02 (≈ 9 standard errors) must fail");
  }

  @Test
  void thePriorIsStandardNormalAndDrawsAreReproducibleFromTheSeed() {
    float[][] z = Reparameterization.standardNormal(3, N, new Random(5));
    assertTrue(consistent(z, new float[3], new float[] {1, 1, 1}));
    float[][] again = Reparameterization.standardNormal(3, 4, new Random(5));
    assertEquals(z[3][2], again[3][2]);
  }
}
