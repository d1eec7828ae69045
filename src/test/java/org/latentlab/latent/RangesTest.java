package org.latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RangesTest {

  @Test
  void dimensionRangesCoverTheCodesAndTheVaePrior() {
    float[][] codes = {{-1, 10}, {2, 12}, {0.5f, 11}};
    DimensionRange[] r = DimensionRange.ofCodes(codes, 2);
    assertEquals(new DimensionRange(-1, 2), r[0]);
    assertEquals(new DimensionRange(10, 12), r[1]);
    DimensionRange[] prior = DimensionRange.withPrior(r, 3);
    assertEquals(new DimensionRange(-3, 3), prior[0]);
    assertEquals(new DimensionRange(-3, 12), prior[1]);
    assertEquals(new DimensionRange(-3, 5), prior[0].including(5));
  }

  @Test
  void percentilesInterpolateBetweenOrderStatistics() {
    float[] v = {4, 1, 3, 2, 5};
    assertEquals(1, Percentiles.of(v, 0), 1e-12);
    assertEquals(3, Percentiles.of(v, 50), 1e-12);
    assertEquals(5, Percentiles.of(v, 100), 1e-12);
    assertEquals(1.4, Percentiles.of(v, 10), 1e-6);
  }
}
