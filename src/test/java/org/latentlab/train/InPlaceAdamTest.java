package org.latentlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latentlab.model.EngineSetup;

class InPlaceAdamTest {
  /** torch.optim.Adam's single-tensor update, in double precision. */
  private static final class TorchAdamFormula {
    final double[] m;
    final double[] v;
    int t;

    TorchAdamFormula(int n) {
      m = new double[n];
      v = new double[n];
    }

    void step(double[] w, float[] g, double lr) {
      t++;
      double bc1 = 1 - Math.pow(0.9, t);
      double bc2 = 1 - Math.pow(0.999, t);
      for (int i = 0; i < w.length; i++) {
        m[i] = 0.9 * m[i] + 0.1 * g[i];
        v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
        double denom = Math.sqrt(v[i]) / Math.sqrt(bc2) + 1e-8;
        w[i] -= lr / bc1 * m[i] / denom;
      }
    }
  }

  @Test
  void followsPyTorchsAdamStepByStepAndLeavesTheGradientZero() {
    Random random = new Random(3);
    int n = 64;
    float[] w0 = new float[n];
    for (int i = 0; i < n; i++) {
      w0[i] = (float) random.nextGaussian();
    }
    double[] expected = new double[n];
    for (int i = 0; i < n; i++) {
      expected[i] = w0[i];
    }
    TorchAdamFormula formula = new TorchAdamFormula(n);
    InPlaceAdam adam = InPlaceAdam.withLearningRate(0.01);
    try (NDManager manager = EngineSetup.engine().newBaseManager()) {
      NDArray weight = manager.create(w0);
      for (int step = 1; step <= 50; step++) {
        float[] g = new float[n];
        for (int i = 0; i < n; i++) {
          // gradients over four orders of magnitude, some exactly zero, the sign changing
          g[i] = i % 9 == 0 ? 0f : (float) (random.nextGaussian() * Math.pow(10, -(i % 4)));
        }
        formula.step(expected, g, 0.01);
        NDArray gradient = manager.create(g);
        adam.update("w", weight, gradient);
        assertArrayEquals(
            new float[n], gradient.toFloatArray(), "step " + step + ": gradient not zeroed");
        float[] actual = weight.toFloatArray();
        for (int i = 0; i < n; i++) {
          assertEquals(
              expected[i],
              actual[i],
              2e-6 * Math.max(1, Math.abs(expected[i])),
              "step " + step + ", element " + i);
        }
      }
    }
  }

  @Test
  void keepsSeparateMomentsPerParameter() {
    InPlaceAdam adam = InPlaceAdam.withLearningRate(0.1);
    try (NDManager manager = EngineSetup.engine().newBaseManager()) {
      NDArray a = manager.create(new float[] {0f});
      NDArray b = manager.create(new float[] {0f});
      for (int i = 0; i < 3; i++) {
        adam.update("a", a, manager.create(new float[] {1f}));
      }
      adam.update("b", b, manager.create(new float[] {-1f}));
      // Adam's first step moves a parameter by exactly the learning rate, against the gradient.
      assertEquals(0.1f, b.getFloat(), 1e-6f);
      assertEquals(-0.3f, a.getFloat(), 1e-5f);
    }
  }

  @Test
  void updatesATrainableWeightOnAThreadThatRecordsGradients() throws Exception {
    // PyTorch's grad mode is per thread and on by default: the GUI trains on such a thread.
    float[] result = new float[1];
    Throwable[] failure = new Throwable[1];
    Thread t =
        new Thread(
            () -> {
              try (NDManager manager = EngineSetup.engine().newBaseManager()) {
                NDArray weight = manager.create(new float[] {1f});
                weight.setRequiresGradient(true);
                InPlaceAdam.withLearningRate(0.5)
                    .update("w", weight, manager.create(new float[] {2f}));
                result[0] = weight.getFloat();
              } catch (Throwable e) {
                failure[0] = e;
              }
            });
    t.start();
    t.join();
    if (failure[0] != null) {
      throw new AssertionError("update failed on a fresh thread", failure[0]);
    }
    assertEquals(0.5f, result[0], 1e-6f);
  }

  @Test
  void rejectsAMeaninglessLearningRate() {
    assertThrows(IllegalArgumentException.class, () -> InPlaceAdam.withLearningRate(0));
    assertThrows(IllegalArgumentException.class, () -> InPlaceAdam.withLearningRate(Double.NaN));
  }
}
