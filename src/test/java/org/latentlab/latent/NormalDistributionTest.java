package org.latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reference values from Python's math.erfc and statistics.NormalDist. */
class NormalDistributionTest {

  @Test
  void erfcMatchesReferenceValuesInAllThreeRegions() {
    assertRelative(0.8875370839817152, NormalDistribution.erfc(0.1), 1e-14);
    assertRelative(0.4795001221869535, NormalDistribution.erfc(0.5), 1e-14);
    assertRelative(0.15729920705028513, NormalDistribution.erfc(1), 1e-14);
    assertRelative(0.004677734981047265, NormalDistribution.erfc(2), 1e-13);
    assertRelative(3.479224859723177e-08, NormalDistribution.erfc(3.9), 1e-13);
    assertRelative(1.5374597944280351e-12, NormalDistribution.erfc(5), 1e-13);
    assertRelative(1.1224297172982928e-29, NormalDistribution.erfc(8), 1e-13);
    assertRelative(1.842700792949715, NormalDistribution.erfc(-1), 1e-14);
  }

  @Test
  void inverseCdfMatchesReferenceValues() {
    assertEquals(-6.361340902404056, NormalDistribution.inverseCdf(1e-10), 1e-9);
    assertEquals(-3.090232306167813, NormalDistribution.inverseCdf(0.001), 1e-12);
    assertEquals(-1.9729610513118845, NormalDistribution.inverseCdf(0.02425), 1e-12);
    assertEquals(-1.9599639845400538, NormalDistribution.inverseCdf(0.025), 1e-12);
    assertEquals(-0.5244005127080407, NormalDistribution.inverseCdf(0.3), 1e-12);
    assertEquals(0.0, NormalDistribution.inverseCdf(0.5), 1e-15);
    assertEquals(1.9599639845400536, NormalDistribution.inverseCdf(0.975), 1e-12);
    assertEquals(4.753424308817089, NormalDistribution.inverseCdf(0.999999), 1e-9);
  }

  @Test
  void inverseUndoesTheCdfAndIsSymmetric() {
    // Above about 5, 1 − Φ(x) is below the resolution of doubles near 1: only the lower tail is
    // exact.
    for (double x = -8; x <= 5; x += 0.25) {
      assertEquals(x, NormalDistribution.inverseCdf(NormalDistribution.cdf(x)), 1e-9);
    }
    for (double p = 0.001; p < 1; p += 0.0137) {
      assertEquals(-NormalDistribution.inverseCdf(p), NormalDistribution.inverseCdf(1 - p), 1e-9);
    }
  }

  @Test
  void edgesAndInvalidProbabilities() {
    assertEquals(Double.NEGATIVE_INFINITY, NormalDistribution.inverseCdf(0));
    assertEquals(Double.POSITIVE_INFINITY, NormalDistribution.inverseCdf(1));
    assertThrows(IllegalArgumentException.class, () -> NormalDistribution.inverseCdf(1.5));
    assertThrows(IllegalArgumentException.class, () -> NormalDistribution.inverseCdf(Double.NaN));
  }

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertEquals(expected, actual, Math.abs(expected) * tolerance);
  }
}
