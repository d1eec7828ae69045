package org.latentlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.vae.GaussianKl;

class ElboTest {

  @Test
  void closedFormKlAgreesWithMonteCarloEstimate() {
    float[] mu = {0.8f, -1.3f, 0.1f};
    float[] logVar = {-1.2f, 0.5f, -0.1f};
    double closed;
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      NDArray kl =
          Elbo.klToStandardNormal(m.create(mu, new Shape(1, 3)), m.create(logVar, new Shape(1, 3)));
      closed = kl.getFloat(0);
    }
    // KL(q || p) = E_q[log q(z) - log p(z)], estimated from samples z ~ q.
    Random r = new Random(42);
    int n = 400_000;
    double sum = 0;
    double sumSq = 0;
    for (int s = 0; s < n; s++) {
      double logRatio = 0;
      for (int j = 0; j < mu.length; j++) {
        double sigma = Math.exp(0.5 * logVar[j]);
        double eps = r.nextGaussian();
        double z = mu[j] + sigma * eps;
        double logQ = -0.5 * eps * eps - Math.log(sigma);
        double logP = -0.5 * z * z;
        logRatio += logQ - logP;
      }
      sum += logRatio;
      sumSq += logRatio * logRatio;
    }
    double mean = sum / n;
    double stdErr = Math.sqrt((sumSq / n - mean * mean) / n);
    assertTrue(closed > 0.5, "this posterior is far from the prior: KL " + closed);
    assertEquals(mean, closed, 4 * stdErr, "Monte-Carlo KL " + mean + " ± " + stdErr);
  }

  @Test
  void theTensorKlIsThePlainJavaClosedFormOnEveryDimension() {
    Random r = new Random(11);
    int n = 64;
    int dims = 5;
    float[] mu = new float[n * dims];
    float[] logVar = new float[n * dims];
    for (int i = 0; i < mu.length; i++) {
      mu[i] = (float) (r.nextGaussian() * 2);
      logVar[i] = (float) (r.nextGaussian() * 1.5);
    }
    float[] tensor;
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      tensor =
          Elbo.klPerDimension(
                  m.create(mu, new Shape(n, dims)), m.create(logVar, new Shape(n, dims)))
              .toFloatArray();
    }
    double[] plain = GaussianKl.perDimension(mu, logVar);
    for (int i = 0; i < plain.length; i++) {
      assertEquals(plain[i], tensor[i], 1e-5 * Math.max(1, Math.abs(plain[i])), "element " + i);
    }
  }

  @Test
  void klIsZeroExactlyAtThePrior() {
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      NDArray kl = Elbo.klToStandardNormal(m.zeros(new Shape(4, 2)), m.zeros(new Shape(4, 2)));
      assertEquals(0f, kl.abs().max().getFloat(), 0f);
    }
  }

  @Test
  void reconstructionFromLogitsEqualsBernoulliCrossEntropyAndStaysFinite() {
    float[] logits = {-3f, -0.5f, 0f, 2f, 7f};
    float[] x = {0f, 0.25f, 1f, 0.9f, 1f};
    double expected = 0;
    for (int i = 0; i < x.length; i++) {
      double p = 1 / (1 + Math.exp(-logits[i]));
      expected += -x[i] * Math.log(p) - (1 - x[i]) * Math.log(1 - p);
    }
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      float got =
          Elbo.reconstruction(m.create(logits, new Shape(1, 5)), m.create(x, new Shape(1, 5)))
              .getFloat(0);
      assertEquals(expected, got, 1e-4);
      // A naive log(sigmoid) gives -inf here; the stable form gives the exact large loss.
      float extreme =
          Elbo.reconstruction(
                  m.create(new float[] {-200f, 200f}, new Shape(1, 2)),
                  m.create(new float[] {1f, 0f}, new Shape(1, 2)))
              .getFloat(0);
      assertEquals(400f, extreme, 1e-3f);
    }
  }
}
