package org.latentlab.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
