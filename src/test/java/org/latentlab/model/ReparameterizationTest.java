package org.latentlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

class ReparameterizationTest {

  @Test
  void gradientsFlowThroughTheSampleIntoMuAndSigma() {
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      NDArray mu = m.create(new float[] {0.3f, -1.0f, 2.0f, 0.0f}, new Shape(2, 2));
      NDArray logVar = m.create(new float[] {0.0f, -2.0f, 1.0f, 0.5f}, new Shape(2, 2));
      mu.setRequiresGradient(true);
      logVar.setRequiresGradient(true);
      NDArray z;
      try (GradientCollector gc = EngineSetup.engine().newGradientCollector()) {
        z = VariationalAutoencoder.reparameterize(mu, logVar);
        gc.backward(z.sum());
      }
      // z = mu + exp(logVar / 2) * eps:  dz/dmu = 1,  dz/dlogVar = exp(logVar / 2) * eps / 2.
      assertArrayEquals(new float[] {1, 1, 1, 1}, mu.getGradient().toFloatArray(), 1e-6f);
      float[] expected = z.sub(mu).mul(0.5f).toFloatArray();
      float[] got = logVar.getGradient().toFloatArray();
      assertArrayEquals(expected, got, 1e-5f);
      assertNotEquals(
          0f, Math.abs(got[0]) + Math.abs(got[1]) + Math.abs(got[2]) + Math.abs(got[3]));
    }
  }

  @Test
  void samplesDifferButCentreOnMu() {
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      int n = 20_000;
      NDArray mu = m.full(new Shape(n, 1), 1.5f);
      NDArray logVar = m.full(new Shape(n, 1), (float) Math.log(0.25)); // sigma = 0.5
      NDArray z = VariationalAutoencoder.reparameterize(mu, logVar);
      double mean = z.mean().getFloat();
      double sd = Math.sqrt(z.sub(mean).square().mean().getFloat());
      // Standard errors: 0.5/sqrt(n) = 0.0035 for the mean, ~0.0025 for the sd.
      org.junit.jupiter.api.Assertions.assertEquals(1.5, mean, 0.02);
      org.junit.jupiter.api.Assertions.assertEquals(0.5, sd, 0.02);
    }
  }
}
