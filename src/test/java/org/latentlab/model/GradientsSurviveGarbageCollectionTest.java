package org.latentlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;
import org.latentlab.testing.NativeChurn;

/**
 * Training computes the loss, then (later) its gradients; a garbage collection can run in between.
 * Each ELBO term's gradient must still be the analytic one. With Java-number arithmetic ({@code
 * x.mul(-0.5f)}) the constants autograd keeps live in collected buffers and the gradients come out
 * wrong (see {@link Scalar}).
 */
public class GradientsSurviveGarbageCollectionTest {
  private static final float[] MU = {0.5f, -1.5f, 2.0f, 0.25f};
  private static final float[] LOG_VAR = {-1.0f, 0.3f, 0.8f, -0.2f};

  @Test
  void klGradientIsAnalyticAfterACollection() throws Exception {
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      NDArray mu = m.create(MU, new Shape(2, 2));
      NDArray logVar = m.create(LOG_VAR, new Shape(2, 2));
      mu.setRequiresGradient(true);
      logVar.setRequiresGradient(true);
      try (GradientCollector gc = EngineSetup.engine().newGradientCollector()) {
        NDArray kl = Elbo.klToStandardNormal(mu, logVar).sum();
        var held = NativeChurn.collectAndReuse();
        gc.backward(kl);
        held.clear();
      }
      // dKL/dmu = mu,  dKL/dlogVar = (exp(logVar) - 1) / 2
      float[] dLogVar = new float[4];
      for (int i = 0; i < 4; i++) {
        dLogVar[i] = (float) ((Math.exp(LOG_VAR[i]) - 1) / 2);
      }
      assertArrayEquals(MU, mu.getGradient().toFloatArray(), 1e-5f);
      assertArrayEquals(dLogVar, logVar.getGradient().toFloatArray(), 1e-5f);
    }
  }

  @Test
  void reconstructionGradientIsAnalyticAfterACollection() throws Exception {
    float[] logits = {-2f, 0.5f, 3f, -0.1f};
    float[] x = {0f, 1f, 0.7f, 0.2f};
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      NDArray l = m.create(logits, new Shape(1, 4));
      l.setRequiresGradient(true);
      try (GradientCollector gc = EngineSetup.engine().newGradientCollector()) {
        NDArray rec = Elbo.reconstruction(l, m.create(x, new Shape(1, 4))).sum();
        var held = NativeChurn.collectAndReuse();
        gc.backward(rec);
        held.clear();
      }
      float[] expected = new float[4]; // d BCE / d logit = sigmoid(logit) - x
      for (int i = 0; i < 4; i++) {
        expected[i] = (float) (1 / (1 + Math.exp(-logits[i])) - x[i]);
      }
      assertArrayEquals(expected, l.getGradient().toFloatArray(), 1e-5f);
    }
  }

  @Test
  void reparameterizationGradientIsAnalyticAfterACollection() throws Exception {
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      NDArray mu = m.create(MU, new Shape(2, 2));
      NDArray logVar = m.create(LOG_VAR, new Shape(2, 2));
      mu.setRequiresGradient(true);
      logVar.setRequiresGradient(true);
      NDArray z;
      try (GradientCollector gc = EngineSetup.engine().newGradientCollector()) {
        z = VariationalAutoencoder.reparameterize(mu, logVar);
        var held = NativeChurn.collectAndReuse();
        gc.backward(z.sum());
        held.clear();
      }
      // dz/dlogVar = sigma * eps / 2 = (z - mu) / 2
      float[] expected = z.sub(mu).toFloatArray();
      for (int i = 0; i < expected.length; i++) {
        expected[i] /= 2;
      }
      assertArrayEquals(expected, logVar.getGradient().toFloatArray(), 1e-5f);
    }
  }
}
